/**
 * Events the network can build on: what happened (a member registered, a stage completed, a partner
 * suspended…) with ids, codes and dates only, never a NIK, a name or a phone; and the Standard
 * Webhooks signature their deliveries carry.
 */
package id.okoce.domain.event;

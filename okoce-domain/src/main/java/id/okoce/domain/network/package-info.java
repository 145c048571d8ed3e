/**
 * The network as a whole (Jaringan OK OCE): DKI Jakarta as its hub, which stages each province
 * can deliver through validated partners' agreements, and progress towards the national target
 * of 5,000,000 new entrepreneurs.
 */
package id.okoce.domain.network;

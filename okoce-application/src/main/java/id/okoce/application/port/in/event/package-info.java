/** The event feed, and the webhooks that deliver it. */
package id.okoce.application.port.in.event;

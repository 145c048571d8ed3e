/** Delivering the event feed to webhook endpoints: signed, in order, at least once, with retries. */
package id.okoce.app.webhook;

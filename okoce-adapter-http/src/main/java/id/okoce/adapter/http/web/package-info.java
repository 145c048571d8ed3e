/**
 * The page the service serves at {@code /}: the dashboard and the console, static files calling the
 * public API like any client, under a strict Content-Security-Policy.
 */
package id.okoce.adapter.http.web;

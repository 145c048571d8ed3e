/** The token routes: the hub issues and revokes bearer tokens. */
package id.okoce.adapter.http.token;

/** The partner routes: registration, validation, suspension, reinstatement and agreements. */
package id.okoce.adapter.http.partner;

/** The financing routes: products, eligibility with every rule's outcome, and financing granted. */
package id.okoce.adapter.http.financing;

/** Use cases about financing products, eligibility and financing granted. */
package id.okoce.application.port.in.financing;

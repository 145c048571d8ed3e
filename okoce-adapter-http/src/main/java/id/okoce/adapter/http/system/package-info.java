/** The operational routes: health, Prometheus metrics and the OpenAPI document generated from the route table. */
package id.okoce.adapter.http.system;

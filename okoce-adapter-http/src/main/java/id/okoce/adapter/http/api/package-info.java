/**
 * The HTTP plumbing every route shares: the route table and its documentation, JSON reading with
 * JSON-pointer errors, versions as ETags, and the one mapping from refusals to problem details.
 */
package id.okoce.adapter.http.api;

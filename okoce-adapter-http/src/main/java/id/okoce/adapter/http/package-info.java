/**
 * The OK OCE REST API on Javalin and Jackson: routes under {@code /api/v1} that turn JSON into the
 * use cases' commands and domain objects into JSON, bearer-token authentication, RFC 9457 problem
 * details, and an OpenAPI 3.1 document generated from the same route table the server runs.
 * {@link id.okoce.adapter.http.HttpApi} is the entry point.
 */
package id.okoce.adapter.http;

/** The import routes: upload a member CSV as a background job, follow it, download its error report. */
package id.okoce.adapter.http.imports;

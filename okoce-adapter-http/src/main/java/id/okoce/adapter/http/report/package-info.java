/** The report routes (members by province, stage funnel, target) and the region routes. */
package id.okoce.adapter.http.report;

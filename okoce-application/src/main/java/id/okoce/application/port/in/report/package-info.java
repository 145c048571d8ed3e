/** The network report: members by province, the stage funnel, coverage and the growth target. */
package id.okoce.application.port.in.report;

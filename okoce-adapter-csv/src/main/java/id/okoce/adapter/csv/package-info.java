/**
 * The member CSV format (header row, one member per row, optional stage columns): reading import
 * files in constant memory, and writing member rows and error reports.
 */
package id.okoce.adapter.csv;

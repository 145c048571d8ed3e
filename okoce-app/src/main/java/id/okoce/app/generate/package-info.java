/**
 * Synthetic national data: reproducible member CSV files shaped like the 2018 network (or spread
 * nationally), with the observed stage drop-off and, on request, deliberately bad rows of every kind.
 */
package id.okoce.app.generate;

/** The ports of the hexagon: {@code in} for what callers may ask, {@code out} for what the core needs. */
package id.okoce.application.port;

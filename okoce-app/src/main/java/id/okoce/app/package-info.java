/**
 * The runnable OK OCE service: configuration (flags, environment, properties file), Guice wiring
 * of the adapters around the core, the command line ({@code serve}, {@code migrate},
 * {@code token}), metrics and health.
 */
package id.okoce.app;

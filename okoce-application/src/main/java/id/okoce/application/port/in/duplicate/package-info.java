/** Possible duplicates: the review queue, its resolutions, and the scan of the whole register. */
package id.okoce.application.port.in.duplicate;

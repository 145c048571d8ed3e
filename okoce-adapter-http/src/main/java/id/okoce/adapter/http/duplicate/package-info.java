/** {@code /api/v1/duplicates}: the review queue of possible duplicates and its resolutions. */
package id.okoce.adapter.http.duplicate;

/**
 * NIKs at rest: sealed with AES-GCM under a key of the key ring, with the key's id in front of
 * each ciphertext, and found through a keyed hash (HMAC-SHA256) that makes them unique and
 * searchable without ever being stored in clear.
 *
 * <p>The key ring is one file, readable by its owner only ({@link id.okoce.adapter.jdbc.crypto.KeyRing}):
 * the embedded default creates it in its data directory on first start; a deployment on an
 * external database names it ({@code --key-file}). The hash key is never rotated (every stored
 * hash would have to be recomputed from the clear NIK, which only the sealing keys give back);
 * sealing keys are rotated by {@code okoce keys rotate}, which re-seals every NIK in batches while
 * the service runs.
 */
package id.okoce.adapter.jdbc.crypto;

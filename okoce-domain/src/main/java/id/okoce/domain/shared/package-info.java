/**
 * What every part of the domain shares: the one exception type with a stable code, and the
 * kinds of refusal that adapters map to their own status codes.
 */
package id.okoce.domain.shared;

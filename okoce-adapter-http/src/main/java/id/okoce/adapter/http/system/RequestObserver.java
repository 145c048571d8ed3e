package id.okoce.adapter.http.system;

/** Sees every request once it is answered, e.g. to count and time it per route for metrics. */
@FunctionalInterface
public interface RequestObserver {

    /**
     * One answered request.
     *
     * @param method the HTTP method
     * @param route  the matched route template (e.g. {@code /api/v1/members/{id}}), or {@code unmatched}
     * @param status the status answered
     * @param nanos  how long it took
     */
    void observe(String method, String route, int status, long nanos);
}

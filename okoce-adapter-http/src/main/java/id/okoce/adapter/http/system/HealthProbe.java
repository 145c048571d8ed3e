package id.okoce.adapter.http.system;

import java.util.Map;

/** Tells whether the service and what it depends on (the database) work. */
@FunctionalInterface
public interface HealthProbe {

    /** Checks now; must answer within a couple of seconds. */
    Health check();

    /**
     * The outcome.
     *
     * @param up         true when everything works
     * @param components each part and its state, e.g. {@code database: UP}
     */
    record Health(boolean up, Map<String, String> components) {
    }
}

package id.okoce.app.cli;

import java.util.Map;

/** Where commands read environment variables from; tests replace it. */
public final class Environment {

    private static Map<String, String> current = System.getenv();

    private Environment() {
    }

    /** The environment. */
    public static Map<String, String> get() {
        return current;
    }

    /** Replaces the environment (tests only). */
    public static void replace(Map<String, String> env) {
        current = Map.copyOf(env);
    }

    /** Restores the real environment. */
    public static void reset() {
        current = System.getenv();
    }
}

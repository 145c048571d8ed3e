package id.okoce.application.port.in;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * An answer that reveals members' personal data, and the storing of its read records: hand
 * {@link #value()} out only once {@link #recorded()} has completed (it fails, and the answer must
 * not be given, when the records could not be stored).
 *
 * @param value    the answer
 * @param recorded completes once every read record of the answer is stored for good
 * @param <T>      the answer's type
 */
public record Revealed<T>(T value, CompletableFuture<Void> recorded) {

    /** Checks the parts. */
    public Revealed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(recorded, "recorded");
    }

    /** An answer that reveals nothing personal: nothing to record. */
    public static <T> Revealed<T> nothingPersonal(T value) {
        return new Revealed<>(value, CompletableFuture.completedFuture(null));
    }

    /**
     * Waits until the read records are stored, then gives the answer.
     *
     * @throws RuntimeException what storing the records failed with
     */
    public T await() {
        try {
            recorded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        return value;
    }

    /** The same records with the answer transformed (e.g. into a response body). */
    public <R> Revealed<R> map(Function<T, R> f) {
        return new Revealed<>(f.apply(value), recorded);
    }
}

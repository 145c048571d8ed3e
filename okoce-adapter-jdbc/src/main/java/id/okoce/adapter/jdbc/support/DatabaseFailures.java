package id.okoce.adapter.jdbc.support;

import id.okoce.application.port.out.StorageUnavailableException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Tells the failures that mean "the database cannot serve this now" — it cannot be reached, it is
 * shutting down or restarting, or a call ran past its time bound — from every other failure, and
 * turns them into the application's {@link StorageUnavailableException}.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** {@code failure} as a {@link StorageUnavailableException} when it means the database is unavailable; otherwise itself. */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StorageUnavailableException) {
            return failure;
        }
        return why(failure).<RuntimeException>map(why -> new StorageUnavailableException(why, failure)).orElse(failure);
    }

    /** Why {@code failure} means the database is unavailable, if it does (one line, no data). */
    public static Optional<String> why(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return Optional.of("no connection became free in time");
            }
            if (cause instanceof SocketTimeoutException) {
                return Optional.of("it did not answer in time");
            }
            if (cause instanceof ConnectException) {
                return Optional.of("it cannot be reached");
            }
            if (cause instanceof EOFException || cause instanceof SocketException) {
                return Optional.of("the connection to it was lost");
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<String> state = state(sql.getSQLState());
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> state(String state) {
        if (state.startsWith("08")) {
            return Optional.of("the connection to it failed");
        }
        return Optional.ofNullable(switch (state) {
            case "57P01", "57P02" -> "it is shutting down";
            case "57P03" -> "it is starting up";
            case "53300" -> "it has too many connections";
            case "57014" -> "a statement ran past its time bound";
            case "55P03" -> "a lock was not granted within its time bound";
            default -> null;
        });
    }
}

package id.okoce.app;

import id.okoce.application.port.out.EventLog;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes committed events readable in the feed: publishes in batches as long as there are some, then
 * looks again after {@link #IDLE_MS} (so an event is in the feed within a few tens of milliseconds of
 * its commit). Several instances on one database take turns (the log's own lock).
 */
final class EventPublisher implements AutoCloseable {

    /** How long to wait when nothing was waiting. */
    static final long IDLE_MS = 25;
    private static final int BATCH = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final EventLog events;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running = true;

    EventPublisher(EventLog events) {
        this.events = events;
        this.thread = new Thread(this::run, "okoce-event-publisher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Events published since the start. */
    long published() {
        return published.get();
    }

    private void run() {
        boolean warned = false;
        while (running) {
            try {
                int moved = events.publish(BATCH);
                published.addAndGet(moved);
                warned = false;
                if (moved < BATCH) {
                    Thread.sleep(IDLE_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!warned) {
                    LOG.warn("events cannot be published now ({}); retrying every second", e.getClass().getSimpleName());
                    warned = true;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

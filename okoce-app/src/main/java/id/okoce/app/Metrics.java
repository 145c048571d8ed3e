package id.okoce.app;

import id.okoce.adapter.http.system.RequestObserver;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics: {@code http_server_requests_seconds} per method, route and status (count,
 * sum and histogram buckets), plus JVM memory, GC, threads and CPU.
 */
public final class Metrics implements RequestObserver {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    /** A registry with the JVM meters bound. */
    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
    }

    @Override
    public void observe(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(new Key(method, route, status), k -> Timer.builder("http.server.requests")
                .description("HTTP requests answered, by route")
                .tag("method", k.method()).tag("route", k.route()).tag("status", Integer.toString(k.status()))
                .publishPercentileHistogram()
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One timer per method, route template and status (a bounded set: routes are templates). */
    private record Key(String method, String route, int status) {
    }

    /** The registry, for meters kept elsewhere (webhook deliveries). */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    /** The text of every meter, in Prometheus's format. */
    public String scrape() {
        return registry.scrape();
    }
}

/**
 * The benchmark suite: {@link id.okoce.bench.BenchRunner} measures import speed, HTTP load, report
 * latency and import heap, each beside a reference limit measured in the same run on the same
 * PostgreSQL (raw COPY, pgbench, a GROUP BY), and writes BENCHMARKS.md; JMH covers the in-process
 * hot paths.
 */
package id.okoce.bench;

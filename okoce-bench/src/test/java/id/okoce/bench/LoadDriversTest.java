package id.okoce.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LoadDriversTest {

    private static String wrk(String p99, String errors) {
        return """
                Running 10s test @ http://127.0.0.1:7070/api/v1/members
                  2 threads and 64 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     5.10ms    2.95ms  61.02ms   80.12%
                    Req/Sec     6.40k   612.33     7.71k    71.00%
                  Latency Distribution
                     50%    4.52ms
                     75%    6.20ms
                     90%    8.45ms
                     99%   P99
                  127408 requests in 10.01s, 61.23MB read
                ERRORSRequests/sec:  12728.41
                Transfer/sec:      6.12MB
                """.replace("P99", p99).replace("ERRORS", errors);
    }

    @Test
    void wrk_figures_are_read_with_the_p99_in_milliseconds_whatever_unit_wrk_chose() {
        LoadDrivers.HttpLoad ms = LoadDrivers.parseWrk(wrk("15.30ms", ""));
        assertThat(ms.rate()).isEqualTo(12728.41);
        assertThat(ms.p99Ms()).isEqualTo(15.30);
        assertThat(ms.failed()).isZero();
        assertThat(LoadDrivers.parseWrk(wrk("880.00us", "")).p99Ms()).isEqualTo(0.88, Offset.offset(1e-9));
        assertThat(LoadDrivers.parseWrk(wrk("1.20s", "")).p99Ms()).isEqualTo(1200.0);
    }

    @Test
    void responses_that_were_not_2xx_are_counted() {
        assertThat(LoadDrivers.parseWrk(wrk("9.00ms", "  Non-2xx or 3xx responses: 17\n")).failed()).isEqualTo(17);
    }

    @Test
    void pgbench_figures_are_read_and_output_without_them_is_refused() {
        LoadDrivers.DatabaseLoad load = LoadDrivers.parsePgbench("""
                number of transactions actually processed: 287352
                number of failed transactions: 0 (0.000%)
                latency average = 2.226 ms
                initial connection time = 41.113 ms
                tps = 28745.301234 (without initial connection time)
                """);
        assertThat(load.tps()).isEqualTo(28745.301234);
        assertThat(load.averageMs()).isEqualTo(2.226);
        assertThatThrownBy(() -> LoadDrivers.parsePgbench("connection to server failed")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("connection to server failed");
    }
}

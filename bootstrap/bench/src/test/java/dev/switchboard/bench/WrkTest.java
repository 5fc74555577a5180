package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String OUTPUT = """
            Running 10s test @ http://127.0.0.1:8080/v1/chat/completions
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     5.95ms   13.13ms 187.62ms   92.74%
                Req/Sec     3.53k     3.63k   16.61k    87.84%
              Latency Distribution
                 50%  820.00us
                 75%    2.10ms
                 90%    9.00ms
                 99%    1.20s
              104737 requests in 15.07s, 49.44MB read
              Socket errors: connect 0, read 2, write 1, timeout 4
              Non-2xx or 3xx responses: 10
            Requests/sec:   6949.51
            Transfer/sec:      3.28MB
            """;

    @Test
    void reads_rate_count_errors_and_percentiles_from_the_summary() {
        Wrk.Result result = Wrk.parse(OUTPUT);

        assertThat(result.perSecond()).isEqualTo(6949.51);
        assertThat(result.requests()).isEqualTo(104737);
        assertThat(result.errors()).isEqualTo(17);
        assertThat(result.p50Nanos()).isEqualTo(820_000);
        assertThat(result.p99Nanos()).isEqualTo(1_200_000_000);
    }

    @Test
    void counts_no_errors_when_wrk_reports_none() {
        String clean = OUTPUT.lines()
                .filter(line -> !line.contains("errors") && !line.contains("Non-2xx"))
                .reduce("", (a, b) -> a + b + "\n");

        assertThat(Wrk.parse(clean).errors()).isZero();
    }
}

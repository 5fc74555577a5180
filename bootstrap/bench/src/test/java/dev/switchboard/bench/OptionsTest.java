package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final List<String> REQUIRED = List.of(
            "--upstream",
            "http://127.0.0.1:1",
            "--gateway",
            "http://127.0.0.1:2",
            "--gateway-pid",
            "10",
            "--upstream-pid",
            "11",
            "--work-dir",
            "/tmp/x");

    @Test
    void reads_the_launchers_command_line_with_defaults() {
        Options options = Options.parse(REQUIRED);

        assertThat(options.gateway().getPort()).isEqualTo(2);
        assertThat(options.provider()).isEqualTo("up");
        assertThat(options.workDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.wrk()).isEmpty();
        assertThat(options.startupMillis()).isEqualTo(-1);
        assertThat(options.quick()).isFalse();
        assertThat(options.length(Duration.ofSeconds(10), Duration.ofSeconds(3)))
                .hasSeconds(10);
    }

    @Test
    void quick_shortens_every_phase() {
        var args = new java.util.ArrayList<>(REQUIRED);
        args.addAll(List.of("--quick", "--wrk", "/usr/bin/wrk", "--startup-ms", "812"));

        Options options = Options.parse(args);

        assertThat(options.quick()).isTrue();
        assertThat(options.count(100, 7)).isEqualTo(7);
        assertThat(options.wrk()).contains(Path.of("/usr/bin/wrk"));
        assertThat(options.startupMillis()).isEqualTo(812);
    }

    @Test
    void an_empty_wrk_path_means_no_wrk() {
        var args = new java.util.ArrayList<>(REQUIRED);
        args.addAll(List.of("--wrk", ""));

        assertThat(Options.parse(args).wrk()).isEmpty();
    }

    @Test
    void names_a_missing_option() {
        assertThatThrownBy(() -> Options.parse(List.of("--gateway", "http://127.0.0.1:2")))
                .hasMessage("missing --upstream");
        assertThatThrownBy(() -> Options.parse(List.of("stray"))).hasMessage("unexpected argument stray");
    }
}

package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void help_succeeds_without_starting_anything() {
        assertThat(Main.run(List.of("--help"), Map.of())).isZero();
    }

    @Test
    void a_wrong_command_line_exits_with_2() {
        assertThat(Main.run(List.of("serve", "--bogus"), Map.of())).isEqualTo(2);
    }

    @Test
    void a_wrong_configuration_exits_with_2() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "server: { prot: 1 }\n");

        assertThat(Main.run(List.of("serve", "--config", file.toString()), Map.of()))
                .isEqualTo(2);
    }

    @Test
    void a_gateway_that_cannot_start_exits_with_1() throws IOException {
        Path file = Files.writeString(dir.resolve("bad-db.yaml"), """
                server: { port: 0, host: 127.0.0.1 }
                database: { url: "jdbc:nosuchdriver:x" }
                """);

        assertThat(Main.run(
                        List.of("serve", "--config", file.toString()),
                        Map.of("SWITCHBOARD_MASTER_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")))
                .isEqualTo(1);
    }
}

package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void serve_alone_means_no_config_file() {
        assertThat(Arguments.parse(List.of("serve"))).isEqualTo(new Arguments(false, null));
    }

    @Test
    void reads_the_config_file_in_both_spellings() {
        assertThat(Arguments.parse(List.of("serve", "--config", "a.yaml")).config())
                .isEqualTo(Path.of("a.yaml"));
        assertThat(Arguments.parse(List.of("serve", "--config=b.yaml")).config())
                .isEqualTo(Path.of("b.yaml"));
    }

    @Test
    void asks_for_help() {
        assertThat(Arguments.parse(List.of("--help")).help()).isTrue();
    }

    @Test
    void rejects_what_it_does_not_know() {
        assertThatThrownBy(() -> Arguments.parse(List.of("serve", "--port", "1")))
                .hasMessage("unknown argument: --port");
        assertThatThrownBy(() -> Arguments.parse(List.of("serve", "--config"))).hasMessage("--config needs a file");
        assertThatThrownBy(() -> Arguments.parse(List.of("--help", "serve"))).hasMessage("'serve' must come first");
    }
}

package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.rotation.RotationSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code rotation} section and the weight and priority of each key. */
class RotationConfigTest {

    @Test
    void without_a_rotation_section_keys_rotate_by_the_defaults() {
        var config = GatewayConfig.parse("", Map.of());

        assertThat(config.rotation()).isEqualTo(RotationConfig.defaults());
        assertThat(config.rotation().rules()).isEqualTo(RotationSettings.defaults());
        assertThat(config.rotation().refresh()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.rotation().probeInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(GatewayConfig.defaults().rotation()).isEqualTo(RotationConfig.defaults());
    }

    @Test
    void reads_every_key_of_the_rotation_section() {
        var config = GatewayConfig.parse("""
                rotation:
                  base_cooldown: 500ms
                  max_cooldown: 10m
                  failure_threshold: 5
                  failure_cooldown: 45
                  jitter: 0.1
                  stickiness: false
                  refresh: 2s
                  probe_interval: 1h
                """, Map.of());

        assertThat(config.rotation())
                .isEqualTo(new RotationConfig(
                        new RotationSettings(
                                Duration.ofMillis(500), Duration.ofMinutes(10), 5, Duration.ofSeconds(45), 0.1, false),
                        Duration.ofSeconds(2),
                        Duration.ofHours(1)));
    }

    @Test
    void zero_refresh_and_zero_probe_interval_are_allowed() {
        var config = GatewayConfig.parse("rotation: { refresh: 0, probe_interval: 0s, jitter: '0' }", Map.of());

        assertThat(config.rotation().refresh()).isZero();
        assertThat(config.rotation().probeInterval()).isZero();
        assertThat(config.rotation().rules().jitter()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rotation: { base_cooldown: 0 }            | rotation.base_cooldown: must be a duration from 1ms to 24h, such as 30s, 500ms or 5m
            rotation: { base_cooldown: soon }         | rotation.base_cooldown: must be a duration from 1ms to 24h, such as 30s, 500ms or 5m
            rotation: { max_cooldown: 25h }           | rotation.max_cooldown: must be a duration from 1ms to 24h, such as 30s, 500ms or 5m
            rotation: { max_cooldown: '-1s' }         | rotation.max_cooldown: must be a duration from 1ms to 24h, such as 30s, 500ms or 5m
            rotation: { failure_cooldown: [1] }       | rotation.failure_cooldown: must be text
            rotation: { base_cooldown: 10m, max_cooldown: 1m } | rotation.max_cooldown: must not be shorter than base_cooldown
            rotation: { failure_threshold: 0 }        | rotation.failure_threshold: must be a whole number from 1 to 1000
            rotation: { jitter: 1 }                   | rotation.jitter: must be a number from 0.0 up to but not including 1.0
            rotation: { jitter: -0.1 }                | rotation.jitter: must be a number from 0.0 up to but not including 1.0
            rotation: { jitter: lots }                | rotation.jitter: must be a number from 0.0 up to but not including 1.0
            rotation: { jitter: [0.1] }               | rotation.jitter: must be a number from 0.0 up to but not including 1.0
            rotation: { stickiness: sometimes }       | rotation.stickiness: must be true or false
            rotation: { refresh: 2h }                 | rotation.refresh: must be a duration from 0s to 1h, such as 30s, 500ms or 5m
            rotation: { probe_interval: 48h }         | rotation.probe_interval: must be a duration from 0s (off) to 24h, such as 30s, 500ms or 5m
            rotation: [ 1s ]                          | rotation: must be a mapping
            """)
    void names_the_key_of_each_problem(String yaml, String problem) {
        assertThat(problemsOf(yaml)).containsExactly(problem);
    }

    @Test
    void reports_every_rotation_problem_at_once() {
        assertThat(problemsOf("rotation: { base_cooldown: x, jitter: 2, refresh: 2h }"))
                .containsExactly(
                        "rotation.base_cooldown: must be a duration from 1ms to 24h, such as 30s, 500ms or 5m",
                        "rotation.jitter: must be a number from 0.0 up to but not including 1.0",
                        "rotation.refresh: must be a duration from 0s to 1h, such as 30s, 500ms or 5m");
    }

    @Test
    void a_key_has_weight_1_and_priority_0_unless_the_file_says_otherwise() {
        var config = GatewayConfig.parse("""
                providers:
                  - id: openai
                    type: openai
                    api_keys:
                      - { name: main, value: k1, weight: 3, priority: 0 }
                      - { name: spare, value: k2, priority: "2" }
                      - { name: plain, value: k3 }
                """, Map.of());

        assertThat(config.providers().getFirst().apiKeys())
                .containsExactly(
                        new KeyConfig("main", Secret.of("k1"), 3, 0),
                        new KeyConfig("spare", Secret.of("k2"), 1, 2),
                        new KeyConfig("plain", Secret.of("k3")));
    }
}

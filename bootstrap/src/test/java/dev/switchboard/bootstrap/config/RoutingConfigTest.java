package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.ResilienceSettings;
import dev.switchboard.application.RouteSeed;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.model.ModelRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code routing} section, and the fallback chains and balanced aliases of the {@code models} section. */
class RoutingConfigTest {

    private static final String PROVIDERS = """
            providers:
              - { id: openai, type: openai }
              - { id: azure, type: azure, base_url: "https://x.openai.azure.com" }
            """;

    @Test
    void without_a_routing_section_the_documented_defaults_apply() {
        assertThat(GatewayConfig.parse("", Map.of()).routing()).isEqualTo(ResilienceSettings.defaults());
        assertThat(GatewayConfig.defaults().routing()).isEqualTo(ResilienceSettings.defaults());
    }

    @Test
    void reads_every_key_of_the_routing_section() {
        var routing = GatewayConfig.parse("""
                routing:
                  retry: { max_attempts: 3, initial_backoff: 50ms, multiplier: 3, jitter: 0.2, max_backoff: 1s }
                  circuit_breaker: { failure_rate: 25, minimum_calls: 4, window: 8, open_for: 10s, half_open_calls: 2 }
                  max_concurrent: 64
                  max_wait: 0s
                  catalogue_ttl: 1h
                  health_interval: 0s
                """, Map.of()).routing();

        assertThat(routing.retry())
                .isEqualTo(new ResilienceSettings.Retry(3, Duration.ofMillis(50), 3, 0.2, Duration.ofSeconds(1)));
        assertThat(routing.breaker()).isEqualTo(new ResilienceSettings.Breaker(25, 4, 8, Duration.ofSeconds(10), 2));
        assertThat(routing.maxConcurrent()).isEqualTo(64);
        assertThat(routing.maxWait()).isZero();
        assertThat(routing.catalogueTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(routing.healthInterval()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            routing: { retry: { max_attempts: 0 } }                 | routing.retry.max_attempts: must be a whole number from 1 to 10
            routing: { retry: { initial_backoff: 2s, max_backoff: 1s } } | routing.retry.max_backoff: must not be shorter than initial_backoff
            routing: { retry: { jitter: 1 } }                       | routing.retry.jitter: must be a number from 0.0 up to but not including 1.0
            routing: { circuit_breaker: { minimum_calls: 10, window: 5 } } | routing.circuit_breaker.window: must not be smaller than minimum_calls
            routing: { circuit_breaker: { open_for: soon } }        | routing.circuit_breaker.open_for: must be a duration from 1ms to 1h, such as 30s, 500ms or 5m
            routing: { max_concurrent: 0 }                          | routing.max_concurrent: must be a whole number from 1 to 100000
            routing: { retries: 2 }                                 | routing.retries: unknown key (known keys: retry, circuit_breaker, max_concurrent, max_wait, catalogue_ttl, health_interval)
            """)
    void names_the_key_of_each_routing_problem(String yaml, String problem) {
        assertThat(problemsOf(yaml, Map.of())).containsExactly(problem);
    }

    @Test
    void reads_chains_balanced_aliases_and_model_fallbacks() {
        var models = GatewayConfig.parse(PROVIDERS + """
                models:
                  aliases:
                    fast: openai/gpt-4o-mini
                    smart: [openai/gpt-4o, azure/gpt-4o]
                    mini:
                      targets: [{ model: openai/gpt-4o-mini, weight: 3 }, azure/gpt-4o-mini]
                      balanced: true
                  fallbacks:
                    openai/gpt-4.1: [azure/gpt-4.1]
                """, Map.of()).models();

        assertThat(models.aliases()).containsExactly(Map.entry("fast", "openai/gpt-4o-mini"));
        assertThat(models.routes())
                .containsExactly(
                        new RouteSeed("smart", List.of(target("openai/gpt-4o", 1), target("azure/gpt-4o", 1)), false),
                        new RouteSeed(
                                "mini", List.of(target("openai/gpt-4o-mini", 3), target("azure/gpt-4o-mini", 1)), true),
                        new RouteSeed(
                                "openai/gpt-4.1",
                                List.of(target("openai/gpt-4.1", 1), target("azure/gpt-4.1", 1)),
                                false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            models: { aliases: { smart: [] } }                         | models.aliases.smart: must list at least one provider/model
            models: { aliases: { smart: [openai/a, nowhere/b] } }      | models.aliases.smart: names provider nowhere, which is not configured
            models: { aliases: { smart: [openai/a, openai/a] } }       | models.aliases.smart: targets name openai/a twice
            models: { aliases: { smart: 42 } }                         | models.aliases.smart: must be provider/model, a list of them, or {targets, balanced}
            models: { aliases: { mini: { balanced: true } } }          | models.aliases.mini.targets: must be a non-empty list
            models: { aliases: { mini: { targets: [{ model: openai/a, weight: 0 }] } } } | models.aliases.mini.targets: a target's weight must be a whole number from 1 to 1000
            models: { aliases: { mini: { targets: [{ weight: 2 }] } } }  | models.aliases.mini.targets: each {model, weight} target needs model: provider/model
            models: { aliases: { mini: { targets: [7] } } }            | models.aliases.mini.targets: each target is provider/model or {model, weight}
            models: { aliases: { mini: { targets: [openai/a], spread: true } } } | models.aliases.mini.spread: unknown key (known keys: balanced, targets)
            models: { fallbacks: { gpt-4o: [azure/gpt-4o] } }          | models.fallbacks.gpt-4o: must be provider/model, such as openai/gpt-4o-mini, not: gpt-4o
            """)
    void names_the_key_of_each_route_problem(String yaml, String problem) {
        assertThat(problemsOf(PROVIDERS + yaml, Map.of())).containsExactly(problem);
    }

    private static RouteTarget target(String model, int weight) {
        return new RouteTarget(ModelRef.parse(model).orElseThrow(), weight);
    }
}

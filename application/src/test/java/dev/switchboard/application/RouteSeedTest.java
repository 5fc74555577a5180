package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static dev.switchboard.application.Chains.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routes from the configuration, checked when the settings are made. */
class RouteSeedTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();

    @Test
    void an_alias_is_a_route_with_one_target() {
        var seed = RouteSeed.alias("fast", "openai/gpt-4o-mini");

        assertThat(seed.targets()).containsExactly(RouteTarget.of(ModelRef.of("openai", "gpt-4o-mini")));
        assertThat(seed.balanced()).isFalse();
        assertThat(seed.route(ManualClock.T0))
                .isEqualTo(new Route("fast", seed.targets(), false, Route.Origin.CONFIG, ManualClock.T0));
    }

    @Test
    void an_alias_must_point_at_provider_slash_model() {
        assertThatThrownBy(() -> RouteSeed.alias("fast", "gpt-4o"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alias 'fast' must point at provider/model, not: gpt-4o");
    }

    @Test
    void a_seed_is_checked_as_the_stored_route_will_be() {
        assertThatThrownBy(() -> new RouteSeed("-x", List.of(target("openai/a")), false))
                .hasMessageStartingWith("route name must be");
        assertThatThrownBy(() -> new RouteSeed("x", List.of(), false)).hasMessage("targets must hold 1-16 models");
        assertThatThrownBy(() -> chain("x", "openai/a", "openai/a")).hasMessage("targets name openai/a twice");
    }

    @Test
    void a_seed_copies_its_targets() {
        var targets = new ArrayList<>(List.of(target("openai/a")));
        var seed = new RouteSeed("x", targets, false);

        targets.add(target("openai/b"));

        assertThat(seed.targets()).hasSize(1);
    }

    @Test
    void settings_refuse_a_route_to_an_unknown_provider() {
        assertThatThrownBy(() -> settings(Map.of(), List.of(chain("smart", "openai/a", "mistral/large"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route 'smart' names unknown provider mistral");
    }

    @Test
    void settings_refuse_a_name_configured_twice() {
        assertThatThrownBy(() -> settings(Map.of("smart", "openai/a"), List.of(chain("smart", "openai/b"))))
                .hasMessage("model name 'smart' is configured twice");
        assertThatThrownBy(() -> settings(Map.of(), List.of(chain("smart", "openai/a"), chain("smart", "openai/b"))))
                .hasMessage("model name 'smart' is configured twice");
    }

    @Test
    void settings_hold_every_configured_route_aliases_first() {
        var settings = settings(Map.of("fast", "openai/a"), List.of(chain("smart", "openai/b", "openai/c")));

        assertThat(settings.allRoutes()).extracting(RouteSeed::name).containsExactly("fast", "smart");
        assertThat(settings.withRoutes(List.of()).allRoutes())
                .extracting(RouteSeed::name)
                .containsExactly("fast");
        assertThat(settings.withResilience(Chains.quick(1)).routes()).isEqualTo(settings.routes());
        assertThat(settings.withRotation(KeyRotationSettings.defaults()).routes())
                .isEqualTo(settings.routes());
    }

    @Test
    void settings_need_resilience() {
        assertThatThrownBy(() -> new GatewaySettings(
                        Setups.settings(factory, "openai"),
                        List.of(),
                        Map.of(),
                        Duration.ofSeconds(1),
                        null,
                        KeyRotationSettings.defaults(),
                        List.of(),
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("resilience");
    }

    @Test
    void a_restart_replaces_the_configurations_routes_and_keeps_the_operators() {
        var storage = new FakeStorage();
        var stored = settings(Map.of("fast", "openai/a"), List.of(chain("smart", "openai/b")));
        try (var gateway = Gateway.start(withDatabase(stored), List.of(factory), storage, new ManualClock())) {
            gateway.operations().saveRoute("mine", List.of(target("openai/c")), false, "alice");
        }

        try (var gateway = Gateway.start(
                withDatabase(settings(Map.of(), List.of(chain("other", "openai/d")))),
                List.of(factory),
                storage,
                new ManualClock())) {
            assertThat(gateway.routes()).extracting(Route::name).containsExactly("mine", "other");
            assertThat(gateway.operations().route("other").origin()).isEqualTo(Route.Origin.CONFIG);
        }
    }

    private GatewaySettings settings(Map<String, String> aliases, List<RouteSeed> routes) {
        return new GatewaySettings(Setups.settings(factory, "openai"), List.of(), aliases, Duration.ofSeconds(30), null)
                .withRoutes(routes);
    }

    private static GatewaySettings withDatabase(GatewaySettings settings) {
        return new GatewaySettings(
                        settings.providers(),
                        settings.keys(),
                        settings.aliases(),
                        settings.requestTimeout(),
                        ReadinessTest.database())
                .withRoutes(settings.routes());
    }
}

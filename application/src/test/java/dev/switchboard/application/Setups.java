package dev.switchboard.application;

import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Gateway settings over a {@link FakeModelProviderFactory}, for the tests of this package. */
final class Setups {

    private Setups() {}

    /** Settings of providers {@code ids}, all of the factory's type, in memory, with no keys and no aliases. */
    static GatewaySettings providers(FakeModelProviderFactory factory, String... ids) {
        return withAliases(factory, Map.of(), ids);
    }

    static GatewaySettings withAliases(FakeModelProviderFactory factory, Map<String, String> aliases, String... ids) {
        return new GatewaySettings(settings(factory, ids), List.of(), aliases, Duration.ofSeconds(30), null);
    }

    static List<ProviderSettings> settings(FakeModelProviderFactory factory, String... ids) {
        return Arrays.stream(ids).map(factory::settings).toList();
    }

    /** A gateway over the factory's fakes, state in memory. */
    static Gateway start(GatewaySettings settings, FakeModelProviderFactory factory) {
        return Gateway.start(settings, List.of(factory), null);
    }
}

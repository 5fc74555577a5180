package dev.switchboard.adapters.http;

import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;

/** Hands the gateway a {@link FakeModelProvider} the test holds on to. */
record FakeProviderFactory(FakeModelProvider provider) implements ModelProviderFactory {

    @Override
    public String type() {
        return "fake";
    }

    @Override
    public ModelProvider create(ProviderSettings settings) {
        return provider;
    }
}

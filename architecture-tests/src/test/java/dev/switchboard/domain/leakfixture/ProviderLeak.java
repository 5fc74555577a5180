package dev.switchboard.domain.leakfixture;

import dev.switchboard.adapters.providers.mock.MockProviderFactory;

/** A domain type that names a provider adapter: the leak the dependency rules exist to catch. */
public final class ProviderLeak {

    private final MockProviderFactory factory = new MockProviderFactory();

    public String providerType() {
        return factory.type();
    }
}

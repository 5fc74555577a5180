package dev.switchboard.application.leakfixture;

import dev.switchboard.adapters.providers.mock.MockProviderFactory;
import java.net.http.HttpClient;

/** A use case that builds an adapter and talks HTTP itself instead of going through a port: two leaks. */
public final class AdapterLeak {

    public String providerType() {
        return new MockProviderFactory().type();
    }

    public HttpClient.Version version(HttpClient client) {
        return client.version();
    }
}

/**
 * Switchboard's provider adapters: one package per model provider, each behind the domain's provider port. The module
 * exports nothing; the gateway finds each adapter through its {@code ModelProviderFactory}, published below.
 */
module dev.switchboard.adapters.providers {
    requires dev.switchboard.domain;
    requires static org.jspecify;

    provides dev.switchboard.domain.provider.ModelProviderFactory with
            dev.switchboard.adapters.providers.mock.MockProviderFactory;
}

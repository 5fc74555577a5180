/**
 * The composition root: reads the configuration, creates the gateway and the HTTP server, and runs them. The only
 * module that knows every adapter; adapters are bound through {@code provides}/{@code uses}, not named in code.
 */
module dev.switchboard.bootstrap {
    requires dev.switchboard.application;
    requires dev.switchboard.adapters.http;
    requires dev.switchboard.adapters.providers;
    requires dev.switchboard.adapters.persistence;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires io.opentelemetry.api;
    requires io.opentelemetry.sdk;
    requires io.opentelemetry.sdk.autoconfigure;
    requires static org.jspecify;

    uses dev.switchboard.domain.provider.ModelProviderFactory;
    uses dev.switchboard.domain.store.StorageFactory;
}

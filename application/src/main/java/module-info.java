/**
 * Switchboard's use cases and the {@link dev.switchboard.application.Gateway} facade, which another JVM application
 * can embed as a library. It finds provider adapters and storage through {@link java.util.ServiceLoader}, so it never
 * names an adapter.
 */
module dev.switchboard.application {
    requires transitive dev.switchboard.domain;
    requires static org.jspecify;
    requires com.github.benmanes.caffeine;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.bulkhead;
    requires io.github.resilience4j.core;
    requires jtokkit;

    exports dev.switchboard.application;

    uses dev.switchboard.domain.provider.ModelProviderFactory;
    uses dev.switchboard.domain.store.StorageFactory;
}

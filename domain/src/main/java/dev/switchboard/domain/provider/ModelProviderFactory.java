package dev.switchboard.domain.provider;

/**
 * Creates the adapter for one provider type ({@code openai}, {@code anthropic}, ...). Adapters publish their factory
 * with {@code provides ... with} and the gateway finds it through {@link java.util.ServiceLoader}, so the core never
 * names an adapter.
 */
public interface ModelProviderFactory {

    /** The configuration's {@code type} this factory serves. */
    String type();

    /** The provider port version the adapter implements; must equal {@link ModelProvider#VERSION}. */
    default int portVersion() {
        return ModelProvider.VERSION;
    }

    /**
     * Builds an adapter from its settings. Does no network I/O.
     *
     * @throws IllegalArgumentException when a setting is missing or wrong; the message names the key
     */
    ModelProvider create(ProviderSettings settings);
}

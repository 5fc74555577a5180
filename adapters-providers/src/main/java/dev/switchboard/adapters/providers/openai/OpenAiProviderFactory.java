package dev.switchboard.adapters.providers.openai;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Creates the {@code openai} provider: OpenAI's own API, with every endpoint (chat, streaming, legacy completions,
 * embeddings, models, audio transcriptions).
 *
 * <p>Settings, all optional: {@code base_url} (default {@code https://api.openai.com/v1}), {@code organization} (sent as
 * {@code OpenAI-Organization}), {@code project} ({@code OpenAI-Project}), {@code headers} (a map of extra static
 * headers), {@code connect_timeout} (default 10s) and {@code request_timeout} (the gateway's by default). The key is
 * sent as {@code Authorization: Bearer}; a profile without a key sends none.
 *
 * <p>The provider is thread-safe and does no I/O until called; every upstream failure is a
 * {@link dev.switchboard.domain.provider.ProviderException}.
 */
public final class OpenAiProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "openai";

    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public OpenAiProviderFactory() {
        // Nothing to set up: every provider holds its own settings.
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * An OpenAI provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        DialectSettings.rejectUnknownKeys(settings, "organization", "project");
        var headers = new LinkedHashMap<String, String>();
        settings.optionalString("organization").ifPresent(org -> headers.put("OpenAI-Organization", org));
        settings.optionalString("project").ifPresent(project -> headers.put("OpenAI-Project", project));
        headers.putAll(ConnectionSettings.headers(settings));
        return new OpenAiProvider(new Dialect(
                settings.id(),
                new Endpoints.Base(DialectSettings.baseUrl(settings, DEFAULT_BASE_URL)),
                Auth.BEARER,
                headers,
                DialectSettings.EVERY_OPERATION,
                List.of(),
                Dialect.MAX_COMPLETION_TOKENS,
                null,
                ConnectionSettings.connectTimeout(settings)));
    }
}

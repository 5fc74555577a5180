package dev.switchboard.adapters.providers.openai;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.util.List;
import java.util.Locale;

/**
 * Creates the {@code openai-compatible} provider: any server that speaks OpenAI's format (vLLM, llama.cpp's server,
 * LM Studio, Groq, Together, Mistral, DeepSeek, OpenRouter, Ollama's {@code /v1}), with every endpoint the server
 * has, plus rerank.
 *
 * <p>Settings: {@code base_url} (required, such as {@code http://localhost:8000/v1}); {@code rerank_style},
 * {@code cohere} (the default: {@code top_n} in, {@code results} out, as vLLM and Jina answer) or {@code voyage}
 * ({@code top_k} in, {@code data} out); {@code rerank_path} (below the base URL; default {@code rerank});
 * {@code max_tokens_field}, {@code max_completion_tokens} (the default) or {@code max_tokens} for servers that know
 * only the older name; {@code headers}, {@code connect_timeout} and {@code request_timeout} as for {@code openai}. A
 * key is optional: a profile without one sends no {@code Authorization} header.
 */
public final class OpenAiCompatibleProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "openai-compatible";

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public OpenAiCompatibleProviderFactory() {
        // Nothing to set up: every provider holds its own settings.
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * A provider for an OpenAI-compatible server with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is missing, unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        DialectSettings.rejectUnknownKeys(settings, "rerank_style", "rerank_path", "max_tokens_field");
        var style = RerankStyle.valueOf(DialectSettings.choice(settings, "rerank_style", "cohere", "voyage")
                .toUpperCase(Locale.ROOT));
        String path = settings.string("rerank_path", "rerank").strip();
        while (path.startsWith("/")) path = path.substring(1);
        if (path.isEmpty()) throw settings.invalid("rerank_path", "must not be empty");
        return new OpenAiProvider(new Dialect(
                settings.id(),
                new Endpoints.Base(settings.uri("base_url")),
                Auth.BEARER,
                ConnectionSettings.headers(settings),
                DialectSettings.EVERY_OPERATION,
                List.of(),
                DialectSettings.choice(settings, "max_tokens_field", Dialect.MAX_COMPLETION_TOKENS, "max_tokens"),
                new Dialect.Rerank(style, path),
                ConnectionSettings.connectTimeout(settings)));
    }
}

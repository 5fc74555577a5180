package dev.switchboard.adapters.providers.openai;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Creates the {@code cerebras} provider: Cerebras Inference, with chat, streaming, legacy completions and models
 * (Cerebras offers no embeddings or audio; asking for them fails with {@code InvalidRequest} without a call).
 *
 * <p>Settings, all optional: {@code base_url} (else the environment variable {@code CEREBRAS_BASE_URL}, else
 * {@code https://api.cerebras.ai/v1}), {@code headers}, {@code connect_timeout} and {@code request_timeout} as for
 * {@code openai}. The key is sent as {@code Authorization: Bearer}.
 *
 * <p>Cerebras's quirks are handled: error bodies without the {@code error} wrapper, rate-limit headers with the window
 * in their name ({@code x-ratelimit-reset-tokens-minute}), and reasoning in a {@code reasoning} field.
 */
public final class CerebrasProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "cerebras";

    static final String DEFAULT_BASE_URL = "https://api.cerebras.ai/v1";
    static final String BASE_URL_VARIABLE = "CEREBRAS_BASE_URL";

    private final UnaryOperator<String> environment;

    /** Creates the factory, reading the process environment; {@link java.util.ServiceLoader} calls this. */
    public CerebrasProviderFactory() {
        this(System::getenv);
    }

    CerebrasProviderFactory(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * A Cerebras provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        DialectSettings.rejectUnknownKeys(settings);
        String variable = environment.apply(BASE_URL_VARIABLE);
        String fallback = variable == null || variable.isBlank() ? DEFAULT_BASE_URL : variable.strip();
        return new OpenAiProvider(new Dialect(
                settings.id(),
                new Endpoints.Base(DialectSettings.baseUrl(settings, fallback)),
                Auth.BEARER,
                ConnectionSettings.headers(settings),
                EnumSet.of(Operation.CHAT, Operation.COMPLETIONS, Operation.MODELS),
                List.of(),
                Dialect.MAX_COMPLETION_TOKENS,
                null,
                ConnectionSettings.connectTimeout(settings)));
    }
}

package dev.switchboard.adapters.providers.ollama;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@code ollama} provider: a local or remote Ollama server through its native API (chat, streaming, tools,
 * images, thinking, structured output, legacy completions, embeddings, the model list with capabilities, and model
 * pulling).
 *
 * <p>Settings, all optional: {@code base_url} (else the environment variable {@code OLLAMA_BASE_URL}, else
 * {@code http://localhost:11434}), {@code keep_alive} (seconds, or a duration such as {@code 10m}; {@code -1} keeps
 * models loaded), {@code num_ctx} (the context window models are loaded with), {@code headers} (a map of extra static
 * headers), {@code connect_timeout} (default 10s) and {@code request_timeout} (the gateway's by default). A profile
 * with a key sends it as {@code Authorization: Bearer}, for a server behind a proxy or ollama.com; without one no
 * header is sent.
 *
 * <p>The provider is thread-safe and does no I/O until called; every upstream failure is a
 * {@link dev.switchboard.domain.provider.ProviderException}.
 */
public final class OllamaProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "ollama";

    static final String DEFAULT_BASE_URL = "http://localhost:11434";
    static final String BASE_URL_VARIABLE = "OLLAMA_BASE_URL";

    private static final Set<String> KEYS =
            Set.of("base_url", "keep_alive", "num_ctx", "headers", "connect_timeout", "request_timeout");
    /** Seconds, or Go's duration syntax ({@code time.ParseDuration}), which is what Ollama reads. */
    private static final Pattern KEEP_ALIVE = Pattern.compile("-?\\d+|-?(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+");

    private final UnaryOperator<String> environment;

    /** Creates the factory, reading the process environment; {@link java.util.ServiceLoader} calls this. */
    public OllamaProviderFactory() {
        this(System::getenv);
    }

    OllamaProviderFactory(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * An Ollama provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        var unknown = new TreeSet<>(settings.values().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw settings.invalid(
                    unknown.first(), "is not a setting of type ollama (known: " + new TreeSet<>(KEYS) + ")");
        }
        return new OllamaProvider(new OllamaSettings(
                settings.id(),
                settings.optionalUri("base_url").orElseGet(() -> fallbackBaseUrl(settings)),
                keepAlive(settings),
                numCtx(settings),
                ConnectionSettings.headers(settings),
                ConnectionSettings.connectTimeout(settings)));
    }

    /** {@code OLLAMA_BASE_URL} when set and not blank, else the local default; checked like {@code base_url}. */
    private URI fallbackBaseUrl(ProviderSettings settings) {
        String variable = environment.apply(BASE_URL_VARIABLE);
        if (variable == null || variable.isBlank()) return URI.create(DEFAULT_BASE_URL);
        var fromEnvironment = new ProviderSettings(
                settings.id(),
                settings.type(),
                Map.of("base_url", dev.switchboard.domain.json.JsonValue.of(variable.strip())),
                settings.requestTimeout());
        try {
            return fromEnvironment.uri("base_url");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASE_URL_VARIABLE + " (the default of providers."
                    + settings.id().value() + ".base_url) must be an" + " http or https URL");
        }
    }

    private static @Nullable String keepAlive(ProviderSettings settings) {
        String value = settings.optionalString("keep_alive").map(String::strip).orElse(null);
        if (value != null && !KEEP_ALIVE.matcher(value).matches()) {
            throw settings.invalid("keep_alive", "must be seconds (-1 for ever) or a duration such as 30s, 10m or 1h");
        }
        return value;
    }

    private static @Nullable Integer numCtx(ProviderSettings settings) {
        if (settings.optionalString("num_ctx").isEmpty()) return null;
        int size = settings.integer("num_ctx", 0);
        if (size <= 0) throw settings.invalid("num_ctx", "must be positive");
        return size;
    }
}

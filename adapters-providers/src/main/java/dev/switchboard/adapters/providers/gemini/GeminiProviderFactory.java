package dev.switchboard.adapters.providers.gemini;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@code gemini} provider: Google's Gemini models through the native Generative Language API (chat,
 * streaming, function calling, vision, JSON output, thinking, embeddings and the model list), or through Vertex AI.
 *
 * <p>Settings, all optional: {@code base_url} (default {@code https://generativelanguage.googleapis.com}, or Vertex
 * AI's regional host), {@code auth} ({@code api-key}, the default: the profile's secret is an API key, sent as
 * {@code x-goog-api-key}, or a service-account JSON key, exchanged for OAuth 2 tokens; {@code adc}: Google's
 * application default credentials), {@code vertex_project} and {@code vertex_location} (or {@code vertex: true}, taking
 * the project from the service account) for Vertex AI, {@code models} (the names a Vertex AI provider lists),
 * {@code headers}, {@code connect_timeout} (default 10s) and {@code request_timeout}.
 *
 * <p>The provider is thread-safe and does no I/O until called; every upstream failure is a
 * {@link dev.switchboard.domain.provider.ProviderException}.
 */
public final class GeminiProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "gemini";

    static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";
    static final String DEFAULT_LOCATION = "us-central1";

    private static final Set<String> KEYS = Set.of(
            "base_url",
            "auth",
            "vertex",
            "vertex_project",
            "vertex_location",
            "models",
            "headers",
            "connect_timeout",
            "request_timeout");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]+");

    private final Function<String, @Nullable String> environment;

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public GeminiProviderFactory() {
        this(System::getenv);
    }

    /** A factory whose providers read environment variables (for {@code auth: adc}) through {@code environment}. */
    GeminiProviderFactory(Function<String, @Nullable String> environment) {
        this.environment = environment;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * A Gemini provider with these settings. Does no I/O: credentials are read at the first call.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        var unknown = new TreeSet<>(settings.values().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw settings.invalid(
                    unknown.first(), "is not a setting of type gemini (known: " + new TreeSet<>(KEYS) + ")");
        }
        GeminiSettings.Vertex vertex = vertex(settings);
        URI base = settings.optionalUri("base_url").orElseGet(() -> URI.create(defaultBase(vertex)));
        return new GeminiProvider(
                new GeminiSettings(
                        settings.id(),
                        base,
                        adc(settings),
                        vertex,
                        settings.stringList("models"),
                        ConnectionSettings.headers(settings),
                        ConnectionSettings.connectTimeout(settings)),
                environment);
    }

    private static GeminiSettings.@Nullable Vertex vertex(ProviderSettings settings) {
        var project = settings.optionalString("vertex_project").map(value -> name(settings, "vertex_project", value));
        var location =
                settings.optionalString("vertex_location").map(value -> name(settings, "vertex_location", value));
        boolean on = settings.bool("vertex", project.isPresent() || location.isPresent());
        if (!on) {
            if (project.isPresent() || location.isPresent())
                throw settings.invalid("vertex", "must not be false when vertex_project or vertex_location is set");
            return null;
        }
        return new GeminiSettings.Vertex(project.orElse(null), location.orElse(DEFAULT_LOCATION));
    }

    private static String defaultBase(GeminiSettings.@Nullable Vertex vertex) {
        if (vertex == null) return DEFAULT_BASE_URL;
        if (vertex.location().equals("global")) return "https://aiplatform.googleapis.com";
        return "https://" + vertex.location() + "-aiplatform.googleapis.com";
    }

    private static boolean adc(ProviderSettings settings) {
        return switch (settings.string("auth", "api-key")) {
            case "api-key" -> false;
            case "adc" -> true;
            default -> throw settings.invalid("auth", "must be api-key or adc");
        };
    }

    private static String name(ProviderSettings settings, String key, String value) {
        if (!NAME.matcher(value).matches())
            throw settings.invalid(key, "must be made of letters, digits, '.', '_', ':' and '-'");
        return value;
    }
}

package dev.switchboard.adapters.providers.anthropic;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@code anthropic} provider: Anthropic's Messages API (chat, streaming, tools, vision, extended thinking),
 * its model list and its token counter.
 *
 * <p>Settings, all optional: {@code base_url} (default {@code https://api.anthropic.com}), {@code version} (the
 * {@code anthropic-version} header, default {@code 2023-06-01}), {@code beta} (a list of {@code anthropic-beta}
 * features sent with every request), {@code default_max_tokens} (the output limit when the client sets none; without
 * it the model's limit from the model list, else 4096), {@code headers} (a map of extra static headers),
 * {@code connect_timeout} (default 10s) and {@code request_timeout} (the gateway's by default). The key is sent as
 * {@code x-api-key}; a profile without a key sends none.
 *
 * <p>The provider is thread-safe and does no I/O until called; every upstream failure is a
 * {@link dev.switchboard.domain.provider.ProviderException}.
 */
public final class AnthropicProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "anthropic";

    static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    static final String DEFAULT_VERSION = "2023-06-01";

    private static final Set<String> KEYS = Set.of(
            "base_url", "version", "beta", "default_max_tokens", "headers", "connect_timeout", "request_timeout");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]+");

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public AnthropicProviderFactory() {
        // Nothing to set up: every provider holds its own settings.
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * An Anthropic provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        var unknown = new TreeSet<>(settings.values().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw settings.invalid(
                    unknown.first(), "is not a setting of type anthropic (known: " + new TreeSet<>(KEYS) + ")");
        }
        return new AnthropicProvider(new AnthropicSettings(
                settings.id(),
                settings.optionalUri("base_url").orElseGet(() -> URI.create(DEFAULT_BASE_URL)),
                token(settings, "version", settings.string("version", DEFAULT_VERSION)),
                beta(settings),
                defaultMaxTokens(settings),
                ConnectionSettings.headers(settings),
                ConnectionSettings.connectTimeout(settings)));
    }

    private static List<String> beta(ProviderSettings settings) {
        return settings.stringList("beta").stream()
                .map(feature -> token(settings, "beta", feature))
                .toList();
    }

    private static String token(ProviderSettings settings, String key, String value) {
        if (!TOKEN.matcher(value).matches())
            throw settings.invalid(key, "must be made of letters, digits, '.', '_' and '-'");
        return value;
    }

    private static @Nullable Integer defaultMaxTokens(ProviderSettings settings) {
        if (settings.optionalString("default_max_tokens").isEmpty()) return null;
        int limit = settings.integer("default_max_tokens", 0);
        if (limit <= 0) throw settings.invalid("default_max_tokens", "must be positive");
        return limit;
    }
}

package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.ProviderSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The mock's configuration, read once from its {@link ProviderSettings}.
 *
 * @param chatModels what it lists for chat, streaming, tools and legacy completions ({@code models})
 * @param embeddingModels what it lists for embeddings ({@code embedding_models})
 * @param reply the fixed answer, or null to echo the last user message ({@code reply})
 * @param latency how long each call waits before answering ({@code latency})
 * @param chunkDelay the pause between two streamed pieces ({@code chunk_delay})
 * @param chunkSize characters per streamed piece, or 0 for one word per piece ({@code chunk_size})
 * @param failure what every call fails with, or null ({@code fail_with})
 * @param failAfter how many pieces a stream sends before it fails ({@code fail_after}; 0 fails before the stream)
 * @param dimensions the length of embedding vectors when a request does not ask ({@code dimensions})
 */
record MockSettings(
        ProviderId id,
        List<String> chatModels,
        List<String> embeddingModels,
        @Nullable String reply,
        Duration latency,
        Duration chunkDelay,
        int chunkSize,
        @Nullable ProviderFailure failure,
        int failAfter,
        int dimensions) {

    static final List<String> DEFAULT_CHAT_MODELS = List.of("echo", "scripted");
    static final List<String> DEFAULT_EMBEDDING_MODELS = List.of("embed");

    private static final Set<String> KEYS = Set.of(
            "models",
            "embedding_models",
            "reply",
            "latency",
            "chunk_delay",
            "chunk_size",
            "fail_with",
            "fail_after",
            "dimensions",
            "request_timeout");

    MockSettings {
        chatModels = List.copyOf(chatModels);
        embeddingModels = List.copyOf(embeddingModels);
    }

    /** Reads and checks every key; an error names the key as {@code providers.<id>.<key>}. */
    static MockSettings from(ProviderSettings settings) {
        rejectUnknownKeys(settings);
        return new MockSettings(
                settings.id(),
                models(settings, "models", DEFAULT_CHAT_MODELS, false),
                models(settings, "embedding_models", DEFAULT_EMBEDDING_MODELS, true),
                settings.optionalString("reply").orElse(null),
                settings.duration("latency", Duration.ZERO),
                settings.duration("chunk_delay", Duration.ZERO),
                atLeast(settings, "chunk_size", 0, 0),
                settings.optionalString("fail_with")
                        .map(kind -> failure(settings, kind))
                        .orElse(null),
                atLeast(settings, "fail_after", 0, 0),
                atLeast(settings, "dimensions", 8, 1));
    }

    private static void rejectUnknownKeys(ProviderSettings settings) {
        var unknown = new TreeSet<>(settings.values().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw settings.invalid(
                    unknown.first(),
                    "is not a setting of the mock provider; it knows " + String.join(", ", new TreeSet<>(KEYS)));
        }
    }

    /** The named models; the fallback when the key is absent or null, and none only where {@code mayBeEmpty}. */
    private static List<String> models(
            ProviderSettings settings, String key, List<String> fallback, boolean mayBeEmpty) {
        if (settings.values().getOrDefault(key, JsonValue.NULL) instanceof JsonValue.Null) return fallback;
        List<String> models = settings.stringList(key);
        if (models.isEmpty() && !mayBeEmpty) throw settings.invalid(key, "must name at least one model");
        if (models.stream().anyMatch(String::isBlank)) throw settings.invalid(key, "must not hold a blank name");
        return models;
    }

    private static int atLeast(ProviderSettings settings, String key, int fallback, int minimum) {
        int value = settings.integer(key, fallback);
        if (value < minimum) throw settings.invalid(key, "must be at least " + minimum);
        return value;
    }

    private static ProviderFailure failure(ProviderSettings settings, String kind) {
        String message = "the mock provider is set to fail with " + kind;
        return switch (kind) {
            case "rate_limited" -> new ProviderFailure.RateLimited(message, Duration.ofSeconds(1));
            case "unauthorized" -> new ProviderFailure.Unauthorized(message);
            case "forbidden" -> new ProviderFailure.Forbidden(message);
            case "model_not_found" -> new ProviderFailure.ModelNotFound(message);
            case "invalid_request" -> new ProviderFailure.InvalidRequest(message, null);
            case "context_length_exceeded" -> new ProviderFailure.ContextLengthExceeded(message);
            case "unavailable" -> new ProviderFailure.Unavailable(503, message);
            case "timeout" -> new ProviderFailure.Timeout(message);
            case "network" -> new ProviderFailure.Network(message);
            case "malformed_response" -> new ProviderFailure.MalformedResponse(message);
            default ->
                throw settings.invalid(
                        "fail_with",
                        "must be one of rate_limited, unauthorized, forbidden, "
                                + "model_not_found, invalid_request, context_length_exceeded, unavailable, timeout, network, "
                                + "malformed_response");
        };
    }
}

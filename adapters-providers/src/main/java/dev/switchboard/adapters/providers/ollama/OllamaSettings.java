package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.model.ProviderId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ollama} provider's configuration, as {@link OllamaProviderFactory} read and checked it.
 *
 * @param baseUrl where the server lives, without {@code /api}
 * @param keepAlive how long the server keeps a model loaded after a request: a whole number of seconds (negative for
 *     ever) or a Go duration such as {@code 10m}; null for the server's default
 * @param numCtx the context window the server loads models with, or null for the server's default
 * @param headers extra static headers
 */
record OllamaSettings(
        ProviderId id,
        URI baseUrl,
        @Nullable String keepAlive,
        @Nullable Integer numCtx,
        Map<String, String> headers,
        Duration connectTimeout) {

    OllamaSettings {
        headers = Map.copyOf(headers);
    }

    /** Sets {@code keep_alive} on a request body: seconds as a number, a duration as text, as Ollama reads them. */
    void keepAlive(ObjectNode body) {
        if (keepAlive == null) return;
        if (keepAlive.matches("-?\\d+")) body.put("keep_alive", Long.parseLong(keepAlive));
        else body.put("keep_alive", keepAlive);
    }
}

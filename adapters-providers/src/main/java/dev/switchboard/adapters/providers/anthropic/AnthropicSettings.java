package dev.switchboard.adapters.providers.anthropic;

import dev.switchboard.domain.model.ProviderId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code anthropic} provider's configuration, as {@link AnthropicProviderFactory} read and checked it.
 *
 * @param baseUrl where the API lives, without {@code /v1}
 * @param version the {@code anthropic-version} header
 * @param beta the {@code anthropic-beta} features every request asks for
 * @param defaultMaxTokens the output limit sent when the client set none, or null for the model's own limit
 * @param headers extra static headers
 */
record AnthropicSettings(
        ProviderId id,
        URI baseUrl,
        String version,
        List<String> beta,
        @Nullable Integer defaultMaxTokens,
        Map<String, String> headers,
        Duration connectTimeout) {

    AnthropicSettings {
        beta = List.copyOf(beta);
        headers = Map.copyOf(headers);
    }
}

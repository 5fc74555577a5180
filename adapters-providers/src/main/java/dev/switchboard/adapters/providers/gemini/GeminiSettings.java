package dev.switchboard.adapters.providers.gemini;

import dev.switchboard.domain.model.ProviderId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code gemini} provider's configuration, as {@link GeminiProviderFactory} read and checked it.
 *
 * @param baseUrl where the API lives, without the version ({@code /v1beta} or Vertex AI's {@code /v1})
 * @param adc whether calls authenticate with Google's application default credentials rather than the profile's key
 * @param vertex the Vertex AI project and location, or null for the Gemini Developer API
 * @param models the model names a Vertex AI provider lists (Vertex AI has no model list with limits)
 * @param headers extra static headers
 */
record GeminiSettings(
        ProviderId id,
        URI baseUrl,
        boolean adc,
        @Nullable Vertex vertex,
        List<String> models,
        Map<String, String> headers,
        Duration connectTimeout) {

    GeminiSettings {
        models = List.copyOf(models);
        headers = Map.copyOf(headers);
    }

    /**
     * Vertex AI's endpoint for Gemini models.
     *
     * @param project the Google Cloud project, or null to take the service account's own project
     * @param location the region, such as {@code us-central1}, or {@code global}
     */
    record Vertex(@Nullable String project, String location) {}
}

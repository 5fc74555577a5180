package dev.switchboard.adapters.providers.gemini;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where each operation lives. The Gemini Developer API: {@code {base}/v1beta/models/{model}:{method}} and
 * {@code {base}/v1beta/models}. Vertex AI:
 * {@code {base}/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:{method}}, the project
 * taken from the settings or else from the service account. Streams ask for {@code alt=sse}: without it the API
 * streams one JSON array instead of server-sent events. Thread-safe.
 */
final class GeminiEndpoints {

    /** A model name as the API takes it, optionally with its {@code models/} or {@code tunedModels/} prefix. */
    private static final Pattern MODEL = Pattern.compile("(?:models/|tunedModels/)?[A-Za-z0-9._@-]+");

    private final GeminiSettings settings;
    private final GeminiAuth auth;
    private final String base;

    GeminiEndpoints(GeminiSettings settings, GeminiAuth auth) {
        this.settings = settings;
        this.auth = auth;
        String url = settings.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code :generateContent}, or {@code :streamGenerateContent?alt=sse} when {@code stream}. */
    URI generate(String model, boolean stream, Credential credential) {
        String method = stream ? ":streamGenerateContent?alt=sse" : ":generateContent";
        return URI.create(modelPath(model, credential) + method);
    }

    /** {@code :embedContent} for one input, {@code :batchEmbedContents} for several (the Gemini Developer API). */
    URI embed(String model, boolean batch) {
        return URI.create(base + "/v1beta/" + resource(model) + (batch ? ":batchEmbedContents" : ":embedContent"));
    }

    /** Vertex AI's {@code :predict} for a publisher model, which serves its embeddings. */
    URI predict(String model, Credential credential) {
        return URI.create(modelPath(model, credential) + ":predict");
    }

    /** One page of the model list. */
    URI models(int pageSize, @Nullable String pageToken) {
        String query = "?pageSize=" + pageSize;
        if (pageToken != null) query += "&pageToken=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8);
        return URI.create(base + "/v1beta/models" + query);
    }

    /** The model's resource name, {@code models/...}, as batch embedding sub-requests repeat it. */
    static String resource(String model) {
        if (!MODEL.matcher(model).matches()) {
            throw new ProviderException(new ProviderFailure.InvalidRequest(
                    "model must be a Gemini model name such as gemini-2.5-flash", "model"));
        }
        return model.startsWith("models/") || model.startsWith("tunedModels/") ? model : "models/" + model;
    }

    private String modelPath(String model, Credential credential) {
        GeminiSettings.Vertex vertex = settings.vertex();
        if (vertex == null) return base + "/v1beta/" + resource(model);
        String project = vertex.project() != null ? vertex.project() : auth.project(credential);
        if (project == null) {
            throw new ProviderException(new ProviderFailure.Unauthorized(
                    "Vertex AI needs a project: set vertex_project or use a service account that names one"));
        }
        String name = resource(model).substring(resource(model).indexOf('/') + 1);
        return base + "/v1/projects/" + project + "/locations/" + vertex.location() + "/publishers/google/models/"
                + name;
    }
}

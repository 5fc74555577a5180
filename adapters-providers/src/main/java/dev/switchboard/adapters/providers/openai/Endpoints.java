package dev.switchboard.adapters.providers.openai;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where a dialect's operations live, and which model name the request body carries. */
sealed interface Endpoints {

    /**
     * The URL of the operation at {@code path}.
     *
     * @param model the requested model, for operations routed per model; null for the resource's own operations
     */
    URI uri(String path, @Nullable String model);

    /** The model name to write into the request body. */
    String wireModel(String model);

    /** OpenAI's shape, {@code {base}/{path}}, which every compatible server follows. */
    record Base(URI base) implements Endpoints {
        @Override
        public URI uri(String path, @Nullable String model) {
            return join(base, path, "");
        }

        @Override
        public String wireModel(String model) {
            return model;
        }
    }

    /**
     * Azure's classic shape: {@code {base}/openai/deployments/{deployment}/{path}?api-version=...} per model, and
     * {@code {base}/openai/{path}?api-version=...} otherwise. The deployment decides the model; the body's is ignored.
     *
     * @param deployments model name to deployment name; a model without one is its own deployment
     */
    record AzureDeployments(URI base, String apiVersion, Map<String, String> deployments) implements Endpoints {
        public AzureDeployments {
            deployments = Map.copyOf(deployments);
        }

        @Override
        public URI uri(String path, @Nullable String model) {
            String query = "?api-version=" + encode(apiVersion);
            if (model == null) return join(base, "openai/" + path, query);
            String deployment = deployments.getOrDefault(model, model);
            return join(base, "openai/deployments/" + encode(deployment) + "/" + path, query);
        }

        @Override
        public String wireModel(String model) {
            return model;
        }
    }

    /** Azure's v1 shape, {@code {base}/openai/v1/{path}}, with the deployment name as the body's model. */
    record AzureV1(URI base, Map<String, String> deployments) implements Endpoints {
        public AzureV1 {
            deployments = Map.copyOf(deployments);
        }

        @Override
        public URI uri(String path, @Nullable String model) {
            return join(base, "openai/v1/" + path, "");
        }

        @Override
        public String wireModel(String model) {
            return deployments.getOrDefault(model, model);
        }
    }

    private static URI join(URI base, String path, String query) {
        String text = base.toString();
        while (text.endsWith("/")) text = text.substring(0, text.length() - 1);
        return URI.create(text + "/" + path + query);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

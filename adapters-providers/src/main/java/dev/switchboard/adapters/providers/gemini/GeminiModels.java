package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code GET /v1beta/models} ({@code models}, {@code nextPageToken}) as descriptors, each id without its
 * {@code models/} prefix. {@code inputTokenLimit} is the context window and {@code outputTokenLimit} the output limit.
 * {@code supportedGenerationMethods} decides the rest: {@code generateContent} means chat and streaming (the API
 * rarely lists {@code streamGenerateContent} itself), and for Gemini models also tools, vision, JSON mode and structured
 * output; {@code embedContent} means embeddings; {@code "thinking": true} means reasoning. Models with neither method
 * (image, video and speech generation) are left out, since the gateway cannot call them.
 */
final class GeminiModels {

    /** One page; {@code nextPageToken} is where the next one starts, null when there is none. */
    record Page(List<ModelDescriptor> models, @Nullable String nextPageToken) {}

    /** The capability table shipped with Switchboard, read once; immutable. */
    private static final CapabilityTable TABLE = CapabilityTable.bundled();

    private GeminiModels() {}

    static Page read(byte[] body, ProviderId provider) {
        JsonNode page = ProviderJson.tree(body, "model list");
        JsonNode models = page.path("models");
        if (!models.isMissingNode() && !models.isArray()) throw GeminiResponses.malformed("models must be an array");
        var descriptors = new ArrayList<ModelDescriptor>(models.size());
        for (JsonNode model : models) {
            ModelDescriptor descriptor = descriptor(model, provider);
            if (descriptor != null) descriptors.add(descriptor);
        }
        String next = page.path("nextPageToken").asText("");
        return new Page(descriptors, next.isEmpty() ? null : next);
    }

    /**
     * A model a Vertex AI provider was configured with: an {@code *embedding*} name means embeddings, any other chat
     * (with tools, vision and JSON output for {@code gemini-*} models), and the shipped capability table adds what it
     * knows of the model (reasoning, audio input, context window, output limit, vector size).
     */
    static ModelDescriptor configured(String name, ProviderId provider) {
        var methods = name.contains("embedding") ? Set.of("embedContent") : Set.of("generateContent");
        return TABLE.fill(new ModelDescriptor(
                new ModelRef(provider, name), 0, "google", capabilities(name, methods, false), null, null));
    }

    private static @Nullable ModelDescriptor descriptor(JsonNode model, ProviderId provider) {
        String name = model.path("name").asText("");
        String id = name.startsWith("models/") ? name.substring("models/".length()) : name;
        if (id.isEmpty()) throw GeminiResponses.malformed("a model has no name");
        var methods = new HashSet<String>();
        model.path("supportedGenerationMethods").forEach(method -> methods.add(method.asText()));
        var capabilities = capabilities(id, methods, model.path("thinking").asBoolean(false));
        if (capabilities.isEmpty()) return null;
        String displayName = model.path("displayName").asText("");
        return new ModelDescriptor(
                new ModelRef(provider, id),
                0,
                "google",
                capabilities,
                limit(model, "inputTokenLimit"),
                capabilities.contains(Capability.CHAT) ? limit(model, "outputTokenLimit") : null,
                displayName.isEmpty() ? null : displayName);
    }

    private static Set<Capability> capabilities(String id, Set<String> methods, boolean thinking) {
        var capabilities = EnumSet.noneOf(Capability.class);
        if (methods.contains("generateContent") || methods.contains("streamGenerateContent")) {
            capabilities.addAll(List.of(Capability.CHAT, Capability.STREAMING));
            if (id.startsWith("gemini-") && !id.contains("-tts") && !id.contains("-image")) {
                capabilities.addAll(List.of(
                        Capability.TOOLS,
                        Capability.PARALLEL_TOOL_CALLS,
                        Capability.VISION,
                        Capability.JSON_MODE,
                        Capability.STRUCTURED_OUTPUT));
            }
            if (thinking) capabilities.add(Capability.REASONING);
        }
        if (methods.contains("embedContent")) capabilities.add(Capability.EMBEDDINGS);
        return capabilities;
    }

    private static @Nullable Integer limit(JsonNode model, String field) {
        JsonNode value = model.get(field);
        return value != null && value.canConvertToInt() && value.intValue() > 0 ? value.intValue() : null;
    }
}

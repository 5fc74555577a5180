package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * The installed models with what each can do: {@code GET /api/tags} lists them, then {@code POST /api/show} for each,
 * at most {@value #PARALLEL} at a time on virtual threads, gives its {@code capabilities} and its context length
 * ({@code <general.architecture>.context_length} in {@code model_info}, the length the model was trained for). A model
 * whose {@code /api/show} fails is still listed, with no capabilities known. The owner is the name's namespace
 * ({@code library} for the official models), and the creation time the model's {@code modified_at}.
 */
final class OllamaModels {

    private static final System.Logger LOG = System.getLogger(OllamaModels.class.getName());
    private static final int PARALLEL = 8;

    /** What each of Ollama's capabilities lets the gateway send (types/model/capability.go). */
    private static final Map<String, Set<Capability>> CAPABILITIES = Map.of(
            "completion",
            EnumSet.of(
                    Capability.CHAT,
                    Capability.COMPLETIONS,
                    Capability.STREAMING,
                    Capability.JSON_MODE,
                    Capability.STRUCTURED_OUTPUT),
            "tools",
            EnumSet.of(Capability.TOOLS),
            "vision",
            EnumSet.of(Capability.VISION),
            "thinking",
            EnumSet.of(Capability.REASONING),
            "embedding",
            EnumSet.of(Capability.EMBEDDINGS));

    private OllamaModels() {}

    static List<ModelDescriptor> list(OllamaClient client, ProviderId provider, CallContext context) {
        List<JsonNode> tags = tags(client.get("/api/tags", context));
        var permits = new Semaphore(PARALLEL);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var described = new ArrayList<Future<ModelDescriptor>>(tags.size());
            for (JsonNode tag : tags) {
                described.add(threads.submit(() -> describe(client, provider, tag, context, permits)));
            }
            var models = new ArrayList<ModelDescriptor>(tags.size());
            for (Future<ModelDescriptor> model : described) models.add(result(model));
            return models;
        }
    }

    /** The entries of {@code /api/tags}; also what the health check reads. */
    static List<JsonNode> tags(byte[] body) {
        JsonNode models = ProviderJson.tree(body, "model list").path("models");
        if (!models.isArray()) throw OllamaResponses.malformed("models must be an array");
        var tags = new ArrayList<JsonNode>(models.size());
        models.forEach(tags::add);
        return tags;
    }

    private static ModelDescriptor describe(
            OllamaClient client, ProviderId provider, JsonNode tag, CallContext context, Semaphore permits)
            throws InterruptedException {
        String name = OllamaResponses.required(tag, "name");
        var ref = new ModelRef(provider, name);
        long created = OllamaResponses.created(tag.path("modified_at").asText(""));
        String owner = name.contains("/") ? name.substring(0, name.indexOf('/')) : "library";
        permits.acquire();
        try {
            JsonNode show = ProviderJson.tree(
                    client.post("/api/show", ProviderJson.object().put("model", name), context), "model details");
            return new ModelDescriptor(ref, created, owner, capabilities(show), contextLength(show), null);
        } catch (ProviderException e) {
            LOG.log(Level.WARNING, "the details of model {0} could not be read: {1}", name, e.getMessage());
            return new ModelDescriptor(ref, created, owner, Set.of(), null, null);
        } finally {
            permits.release();
        }
    }

    private static Set<Capability> capabilities(JsonNode show) {
        var capabilities = EnumSet.noneOf(Capability.class);
        for (JsonNode capability : show.path("capabilities")) {
            capabilities.addAll(CAPABILITIES.getOrDefault(capability.asText(), Set.of()));
        }
        return capabilities;
    }

    private static @Nullable Integer contextLength(JsonNode show) {
        JsonNode info = show.path("model_info");
        String architecture = info.path("general.architecture").asText("");
        JsonNode length = info.path(architecture + ".context_length");
        return !architecture.isEmpty() && length.canConvertToInt() && length.intValue() > 0 ? length.intValue() : null;
    }

    private static ModelDescriptor result(Future<ModelDescriptor> model) {
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(new ProviderFailure.Network("listing the models was interrupted"), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("describing a model failed", e.getCause());
        }
    }
}

package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code GET /v1/models} ({@code data}, {@code has_more}, {@code last_id}) as descriptors: the display
 * name and creation date kept, the input and output limits and the capabilities when the API reports them. Every
 * listed model takes chat and streaming, which is what the Messages API is.
 */
final class AnthropicModels {

    /** One page; {@code lastId} is where the next one starts, null when there is none. */
    record Page(List<ModelDescriptor> models, @Nullable String lastId) {}

    private AnthropicModels() {}

    static Page read(byte[] body, ProviderId provider) {
        JsonNode page = ProviderJson.tree(body, "model list");
        JsonNode data = page.path("data");
        if (!data.isArray()) throw AnthropicResponses.malformed("data must be an array");
        var models = new ArrayList<ModelDescriptor>(data.size());
        for (JsonNode model : data) models.add(descriptor(model, provider));
        String lastId = page.path("has_more").asBoolean(false) ? AnthropicResponses.optional(page, "last_id") : null;
        return new Page(models, lastId);
    }

    private static ModelDescriptor descriptor(JsonNode model, ProviderId provider) {
        var capabilities = EnumSet.of(Capability.CHAT, Capability.STREAMING);
        JsonNode reported = model.path("capabilities");
        if (reported.path("image_input").path("supported").asBoolean(false)) capabilities.add(Capability.VISION);
        if (reported.path("thinking").path("supported").asBoolean(false)) capabilities.add(Capability.REASONING);
        return new ModelDescriptor(
                new ModelRef(provider, AnthropicResponses.required(model, "id")),
                created(AnthropicResponses.optional(model, "created_at")),
                "anthropic",
                capabilities,
                limit(model, "max_input_tokens"),
                limit(model, "max_tokens"),
                AnthropicResponses.optional(model, "display_name"));
    }

    /** RFC 3339 as epoch seconds; 0, "not known", when absent or unreadable. */
    private static long created(@Nullable String createdAt) {
        if (createdAt == null) return 0;
        try {
            return Math.max(0, Instant.parse(createdAt).getEpochSecond());
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private static @Nullable Integer limit(JsonNode model, String field) {
        JsonNode value = model.get(field);
        return value != null && value.canConvertToInt() && value.intValue() > 0 ? value.intValue() : null;
    }
}

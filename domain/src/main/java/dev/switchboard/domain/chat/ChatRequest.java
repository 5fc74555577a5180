package dev.switchboard.domain.chat;

import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chat completion request, provider-neutral and aligned with OpenAI's schema.
 *
 * @param model the model as the caller named it: {@code provider/model} or an alias at the edge, the provider's own
 *     name once the gateway has routed the request
 * @param toolChoice null when the caller did not say
 * @param parallelToolCalls null when the caller did not say
 * @param responseFormat null when the caller did not say
 * @param reasoningEffort null when the caller did not say
 * @param user an end-user id for the provider's abuse monitoring
 * @param metadata string tags the caller attached
 * @param extensions fields outside the OpenAI schema, passed to providers that understand them
 */
public record ChatRequest(
        String model,
        List<Message> messages,
        Sampling sampling,
        List<ToolDefinition> tools,
        @Nullable ToolChoice toolChoice,
        @Nullable Boolean parallelToolCalls,
        @Nullable ResponseFormat responseFormat,
        @Nullable ReasoningEffort reasoningEffort,
        @Nullable String user,
        Map<String, String> metadata,
        Map<String, JsonValue> extensions) {

    public ChatRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must not be blank");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) throw new IllegalArgumentException("messages must not be empty");
        Objects.requireNonNull(sampling, "sampling");
        tools = List.copyOf(tools);
        metadata = Map.copyOf(metadata);
        extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        if (toolChoice instanceof ToolChoice.Function(String name)
                && tools.stream().noneMatch(tool -> tool.name().equals(name))) {
            throw new IllegalArgumentException("tool_choice names function '" + name + "', which is not in tools");
        }
    }

    /** The same request for another model name, as routing produces it. */
    public ChatRequest withModel(String newModel) {
        return new ChatRequest(
                newModel,
                messages,
                sampling,
                tools,
                toolChoice,
                parallelToolCalls,
                responseFormat,
                reasoningEffort,
                user,
                metadata,
                extensions);
    }

    /** The same request with other messages, as normalization produces it. */
    public ChatRequest withMessages(List<Message> newMessages) {
        return new ChatRequest(
                model,
                newMessages,
                sampling,
                tools,
                toolChoice,
                parallelToolCalls,
                responseFormat,
                reasoningEffort,
                user,
                metadata,
                extensions);
    }

    public static Builder builder(String model) {
        return new Builder(model);
    }

    /** A request of one user message and nothing else set. */
    public static ChatRequest of(String model, Message... messages) {
        return builder(model).messages(List.of(messages)).build();
    }

    /** Collects a request's many optional parts. Not thread-safe; use once. */
    public static final class Builder {
        private final String model;
        private final List<Message> messages = new ArrayList<>();
        private Sampling sampling = Sampling.DEFAULTS;
        private final List<ToolDefinition> tools = new ArrayList<>();
        private @Nullable ToolChoice toolChoice;
        private @Nullable Boolean parallelToolCalls;
        private @Nullable ResponseFormat responseFormat;
        private @Nullable ReasoningEffort reasoningEffort;
        private @Nullable String user;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, JsonValue> extensions = new LinkedHashMap<>();

        private Builder(String model) {
            this.model = model;
        }

        public Builder message(Message message) {
            messages.add(message);
            return this;
        }

        public Builder messages(List<? extends Message> all) {
            messages.addAll(all);
            return this;
        }

        public Builder sampling(Sampling value) {
            sampling = value;
            return this;
        }

        public Builder tools(List<ToolDefinition> all) {
            tools.addAll(all);
            return this;
        }

        public Builder toolChoice(@Nullable ToolChoice value) {
            toolChoice = value;
            return this;
        }

        public Builder parallelToolCalls(@Nullable Boolean value) {
            parallelToolCalls = value;
            return this;
        }

        public Builder responseFormat(@Nullable ResponseFormat value) {
            responseFormat = value;
            return this;
        }

        public Builder reasoningEffort(@Nullable ReasoningEffort value) {
            reasoningEffort = value;
            return this;
        }

        public Builder user(@Nullable String value) {
            user = value;
            return this;
        }

        public Builder metadata(Map<String, String> all) {
            metadata.putAll(all);
            return this;
        }

        public Builder extension(String name, JsonValue value) {
            extensions.put(name, value);
            return this;
        }

        public ChatRequest build() {
            return new ChatRequest(
                    model,
                    messages,
                    sampling,
                    tools,
                    toolChoice,
                    parallelToolCalls,
                    responseFormat,
                    reasoningEffort,
                    user,
                    metadata,
                    extensions);
        }
    }
}

package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.normalize.FinishReasons;
import dev.switchboard.domain.provider.ProviderException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whole native API answers in the domain ({@code "stream": false}): the chat answer's message with its thinking and
 * tool calls, the generate answer's text, the embed answer's vectors. Ollama gives no response id, so it is left blank
 * for the gateway to make one. {@code done_reason} {@code length} is a length finish, anything else a stop, and a stop
 * with tool calls is {@code tool_calls}, which Ollama does not say itself. Usage is {@code prompt_eval_count} and
 * {@code eval_count}; either may be absent (a prompt served from cache), which counts as 0.
 */
final class OllamaResponses {

    private OllamaResponses() {}

    static ChatResponse chat(byte[] body) {
        JsonNode answer = ProviderJson.tree(body, "chat answer");
        JsonNode message = answer.path("message");
        String model = required(answer, "model");
        String createdAt = answer.path("created_at").asText("");
        var calls = new ArrayList<ToolCall>();
        JsonNode toolCalls = message.path("tool_calls");
        for (int i = 0; i < toolCalls.size(); i++) {
            calls.add(OllamaToolCalls.read(toolCalls.get(i), model, createdAt, i));
        }
        String content = message.path("content").asText("");
        String thinking = optional(message, "thinking");
        var assistant = new Message.AssistantMessage(
                content.isEmpty() && !calls.isEmpty() ? null : content,
                null,
                calls,
                thinking == null || thinking.isEmpty() ? null : thinking,
                null);
        var choice = new Choice(0, assistant, finishReason(optional(answer, "done_reason"), !calls.isEmpty()), null);
        return new ChatResponse("", created(createdAt), model, List.of(choice), usage(answer), null);
    }

    static CompletionResponse completion(byte[] body) {
        JsonNode answer = ProviderJson.tree(body, "generate answer");
        var choice = new CompletionResponse.Choice(
                0, answer.path("response").asText(""), finishReason(optional(answer, "done_reason"), false), null);
        return new CompletionResponse(
                "",
                created(answer.path("created_at").asText("")),
                required(answer, "model"),
                List.of(choice),
                usage(answer));
    }

    static EmbeddingResponse embeddings(byte[] body, String requested) {
        JsonNode answer = ProviderJson.tree(body, "embed answer");
        JsonNode vectors = answer.path("embeddings");
        if (!vectors.isArray()) throw malformed("embeddings must be an array");
        var data = new ArrayList<Embedding>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            JsonNode vector = vectors.get(i);
            if (!vector.isArray()) throw malformed("each embedding must be an array of numbers");
            float[] values = new float[vector.size()];
            for (int j = 0; j < values.length; j++) values[j] = vector.get(j).floatValue();
            data.add(new Embedding(i, values));
        }
        String model = optional(answer, "model");
        return new EmbeddingResponse(
                model == null ? requested : model,
                data,
                Usage.of(answer.path("prompt_eval_count").asInt(0), 0));
    }

    static FinishReason finishReason(@Nullable String doneReason, boolean calledTools) {
        FinishReason reason = FinishReasons.fromUpstream(doneReason);
        return reason == FinishReason.STOP && calledTools ? FinishReason.TOOL_CALLS : reason;
    }

    static Usage usage(JsonNode answer) {
        return Usage.of(
                answer.path("prompt_eval_count").asInt(0),
                answer.path("eval_count").asInt(0));
    }

    /** RFC 3339 with any offset, as epoch seconds; 0, "not known", when absent or unreadable. */
    static long created(String createdAt) {
        try {
            return Math.max(0, OffsetDateTime.parse(createdAt).toEpochSecond());
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) throw malformed(field + " must be text");
        return value.textValue();
    }

    static @Nullable String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    static ProviderException malformed(String what) {
        return new ProviderException(Failures.malformed(what));
    }
}

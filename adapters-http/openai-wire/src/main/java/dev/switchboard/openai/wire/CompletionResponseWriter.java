package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.normalize.ObjectType;

/** Writes a legacy {@code text_completion} object. */
public final class CompletionResponseWriter {

    private CompletionResponseWriter() {}

    /** The response as UTF-8 JSON. */
    public static byte[] write(CompletionResponse response) {
        ObjectNode node = WireJson.object()
                .put("id", response.id())
                .put("object", ObjectType.TEXT_COMPLETION.wire())
                .put("created", response.created())
                .put("model", response.model());
        ArrayNode choices = node.putArray("choices");
        for (CompletionResponse.Choice choice : response.choices()) {
            ObjectNode item = choices.addObject().put("text", choice.text()).put("index", choice.index());
            item.set("logprobs", choice.logprobs() == null ? null : JsonValues.toNode(choice.logprobs()));
            item.put("finish_reason", choice.finishReason().wire());
        }
        node.set("usage", UsageJson.write(response.usage()));
        return WireJson.bytes(node);
    }
}

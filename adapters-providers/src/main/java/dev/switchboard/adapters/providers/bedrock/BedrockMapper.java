package dev.switchboard.adapters.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * A chat request as the parts of a {@code Converse} or {@code ConverseStream} request
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html">Converse</a>): the
 * conversation, {@code inferenceConfig} (maxTokens, temperature, topP, stopSequences), {@code toolConfig} (tools with
 * their JSON schema; {@code tool_choice} auto, required and a named function become auto, any and tool, and
 * {@code none} leaves the tools out) and {@code additionalModelRequestFields} for what only some models take: thinking
 * on Anthropic models (see {@link BedrockThinking}) and the extra field {@code additional_model_request_fields},
 * passed through. Converse has no JSON mode and one choice per call, so those requests are refused.
 */
final class BedrockMapper {

    /** Everything of a Converse request but the model; the same for both operations. */
    record Parts(
            BedrockMessages.Conversation conversation,
            @Nullable InferenceConfiguration inference,
            @Nullable ToolConfiguration tools,
            @Nullable Document additionalFields) {}

    private BedrockMapper() {}

    static Parts parts(ChatRequest request) {
        refuseUnsupported(request);
        ObjectNode additional = additionalFields(request);
        Integer maxTokens = BedrockThinking.apply(additional, request);
        return new Parts(
                BedrockMessages.map(request.messages()),
                inference(request.sampling(), maxTokens),
                tools(request.tools(), request.toolChoice()),
                additional.isEmpty() ? null : BedrockDocuments.of(additional));
    }

    private static @Nullable InferenceConfiguration inference(Sampling sampling, @Nullable Integer maxTokens) {
        if (maxTokens == null
                && sampling.temperature() == null
                && sampling.topP() == null
                && sampling.stop().isEmpty()) return null;
        var inference = InferenceConfiguration.builder().maxTokens(maxTokens);
        if (sampling.temperature() != null)
            inference.temperature(sampling.temperature().floatValue());
        if (sampling.topP() != null) inference.topP(sampling.topP().floatValue());
        if (!sampling.stop().isEmpty()) inference.stopSequences(sampling.stop());
        return inference.build();
    }

    private static @Nullable ToolConfiguration tools(List<ToolDefinition> tools, @Nullable ToolChoice choice) {
        if (tools.isEmpty() || choice instanceof ToolChoice.None) return null;
        var config = ToolConfiguration.builder()
                .tools(tools.stream().map(BedrockMapper::tool).toList());
        switch (choice) {
            case null -> {}
            case ToolChoice.None ignored -> {}
            case ToolChoice.Auto ignored -> config.toolChoice(c -> c.auto(a -> {}));
            case ToolChoice.Required ignored -> config.toolChoice(c -> c.any(a -> {}));
            case ToolChoice.Function function -> config.toolChoice(c -> c.tool(t -> t.name(function.name())));
        }
        return config.build();
    }

    private static Tool tool(ToolDefinition tool) {
        JsonNode schema = JsonValues.toNode(tool.parameters());
        if (schema instanceof ObjectNode object && !object.has("type")) {
            schema = object.deepCopy().put("type", "object");
        } else if (!schema.isObject()) {
            schema = ProviderJson.object().put("type", "object");
        }
        var spec = ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(ToolInputSchema.fromJson(BedrockDocuments.of(schema)));
        if (tool.strict() != null) spec.strict(tool.strict());
        return Tool.fromToolSpec(spec.build());
    }

    /** The client's {@code additional_model_request_fields}, passed through; an empty object when none. */
    private static ObjectNode additionalFields(ChatRequest request) {
        JsonValue fields = request.extensions().get("additional_model_request_fields");
        if (fields == null || fields instanceof JsonValue.Null) return ProviderJson.object();
        if (JsonValues.toNode(fields) instanceof ObjectNode object) return object.deepCopy();
        throw BedrockMessages.invalid("additional_model_request_fields", "must be an object");
    }

    private static void refuseUnsupported(ChatRequest request) {
        if (request.sampling().choices() > 1) {
            throw BedrockMessages.invalid("n", "must be 1: Bedrock's Converse answers with one choice");
        }
        if (request.responseFormat() != null && !(request.responseFormat() instanceof ResponseFormat.Text)) {
            throw BedrockMessages.invalid("response_format", "is not available on Bedrock's Converse; use a tool");
        }
    }
}

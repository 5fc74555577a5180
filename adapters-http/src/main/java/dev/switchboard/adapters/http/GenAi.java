package dev.switchboard.adapters.http;

import dev.switchboard.domain.usage.Endpoint;
import io.opentelemetry.api.common.AttributeKey;
import java.util.Locale;

/**
 * The OpenTelemetry semantic conventions for generative AI that the gateway's spans carry, plus its own attributes.
 *
 * @see <a href="https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/">GenAI spans</a>
 */
final class GenAi {

    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
    static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    static final AttributeKey<Long> CACHED_TOKENS = AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("switchboard.request_id");
    static final AttributeKey<String> SWITCHBOARD_PROVIDER = AttributeKey.stringKey("switchboard.provider");
    static final AttributeKey<String> KEY = AttributeKey.stringKey("switchboard.key");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("switchboard.attempt");
    static final AttributeKey<Boolean> STREAMING = AttributeKey.booleanKey("switchboard.streaming");
    static final AttributeKey<Long> REASONING_TOKENS = AttributeKey.longKey("switchboard.usage.reasoning_tokens");
    static final AttributeKey<Boolean> ESTIMATED = AttributeKey.booleanKey("switchboard.usage.estimated");
    static final AttributeKey<Double> COST = AttributeKey.doubleKey("switchboard.cost_usd");
    static final AttributeKey<Double> OVERHEAD = AttributeKey.doubleKey("switchboard.overhead_ms");

    private GenAi() {}

    /** The operation's name: the convention's {@code chat}, {@code text_completion} and {@code embeddings}, else ours. */
    static String operation(Endpoint endpoint) {
        return switch (endpoint) {
            case CHAT -> "chat";
            case COMPLETIONS -> "text_completion";
            case EMBEDDINGS -> "embeddings";
            case TRANSCRIPTIONS -> "transcription";
            case RERANK -> "rerank";
        };
    }

    /** The convention's {@code gen_ai.provider.name} for an adapter type; the type itself where it names none. */
    static String provider(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "azure" -> "azure.ai.openai";
            case "gemini" -> "gcp.gemini";
            case "vertex" -> "gcp.vertex_ai";
            case "bedrock" -> "aws.bedrock";
            default -> type;
        };
    }
}

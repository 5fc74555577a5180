package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's error envelope, {@code {"error":{"message","type","param","code"}}}, with all four keys always present.
 *
 * @param message fit for the client: it names no secret, Java type or stack frame
 * @param type {@code invalid_request_error}, {@code rate_limit_error}, {@code server_error}, ...
 * @param param the offending request field, or null
 * @param code a machine-readable code such as {@code model_not_found}, or null
 */
public record ErrorBody(
        String message,
        String type,
        @Nullable String param,
        @Nullable String code) {

    public ErrorBody {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
    }

    /** The envelope as UTF-8 JSON, the body of an error response. */
    public byte[] toJson() {
        return WireJson.bytes(envelope());
    }

    /**
     * The envelope as one server-sent event, {@code data: {"error":...}\n\n}: how a stream that already started ends
     * in failure (the OpenAI SDKs raise on a data line with an {@code error} key).
     */
    public byte[] toEvent() {
        return ("data: " + WireJson.text(envelope()) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The error envelope in an upstream body or stream chunk, when it holds one: {@code {"error":{...}}}, or
     * {@code {"error":"text"}} as some servers write it. Missing parts get neutral defaults; a numeric code is read as
     * text. Empty for anything else, JSON or not.
     */
    public static Optional<ErrorBody> parse(byte[] body) {
        JsonNode error;
        try {
            error = WireJson.parse(body, "error body").get("error");
        } catch (WireFormatException notJson) {
            return Optional.empty();
        }
        if (error == null || error.isNull()) return Optional.empty();
        if (error.isTextual()) return Optional.of(new ErrorBody(error.textValue(), "error", null, null));
        if (!error.isObject()) return Optional.empty();
        String message = text(error, "message");
        String type = text(error, "type");
        return Optional.of(new ErrorBody(
                message == null ? "the upstream reported an error" : message,
                type == null ? "error" : type,
                text(error, "param"),
                text(error, "code")));
    }

    private static @Nullable String text(JsonNode error, String field) {
        JsonNode value = error.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private ObjectNode envelope() {
        ObjectNode root = WireJson.object();
        root.putObject("error")
                .put("message", message)
                .put("type", type)
                .put("param", param)
                .put("code", code);
        return root;
    }
}

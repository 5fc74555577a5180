package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.chat.ContentPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a message's {@code content}: a string, or an array of typed parts. Users may send text, images and audio;
 * system, developer and tool messages text only; assistant turns text and refusal parts.
 */
final class ContentReader {

    private static final Set<String> TEXT_ONLY = Set.of("text");
    private static final Set<String> USER_PARTS = Set.of("text", "image_url", "input_audio");
    private static final Set<String> ASSISTANT_PARTS = Set.of("text", "refusal");

    /** An assistant turn's content: its text and a refusal given as a content part. */
    record AssistantContent(@Nullable String text, @Nullable String refusal) {}

    private ContentReader() {}

    static List<ContentPart> text(WireObject message) {
        return parts(message, TEXT_ONLY, "text");
    }

    static List<ContentPart> user(WireObject message) {
        return parts(message, USER_PARTS, "text, image_url, input_audio");
    }

    static AssistantContent assistant(WireObject message) {
        JsonNode content = message.get("content");
        if (content == null) return new AssistantContent(null, null);
        if (content.isTextual()) return new AssistantContent(content.textValue(), null);
        var text = new StringBuilder();
        String refusal = null;
        boolean anyText = false;
        for (WireObject part : partObjects(message, ASSISTANT_PARTS, "text, refusal")) {
            if (part.requiredString("type").equals("refusal")) {
                refusal = part.requiredString("refusal");
            } else {
                text.append(part.requiredString("text"));
                anyText = true;
            }
        }
        return new AssistantContent(anyText ? text.toString() : null, refusal);
    }

    private static List<ContentPart> parts(WireObject message, Set<String> allowed, String allowedText) {
        JsonNode content = message.get("content");
        if (content == null) throw message.invalid("content", "is required");
        if (content.isTextual()) return List.of(new ContentPart.Text(content.textValue()));
        var parts = new ArrayList<ContentPart>();
        for (WireObject part : partObjects(message, allowed, allowedText)) parts.add(part(part));
        return parts;
    }

    private static List<WireObject> partObjects(WireObject message, Set<String> allowed, String allowedText) {
        if (!(message.get("content") instanceof ArrayNode array)) {
            throw message.invalid("content", "must be a string or an array of content parts");
        }
        var parts = new ArrayList<WireObject>(array.size());
        for (int i = 0; i < array.size(); i++) {
            WireObject part = WireObject.of(array.get(i), message.at("content[" + i + "]"));
            if (!allowed.contains(part.requiredString("type"))) {
                throw part.invalid("type", "must be one of " + allowedText);
            }
            parts.add(part);
        }
        return parts;
    }

    private static ContentPart part(WireObject part) {
        return switch (part.requiredString("type")) {
            case "image_url" -> image(part);
            case "input_audio" -> {
                WireObject audio = part.requiredObject("input_audio");
                yield new ContentPart.Audio(audio.requiredString("data"), audio.requiredString("format"));
            }
            default -> new ContentPart.Text(part.requiredString("text"));
        };
    }

    /** {@code image_url} is an object with {@code url} and {@code detail}; a bare URL string is accepted too. */
    private static ContentPart image(WireObject part) {
        JsonNode image = part.get("image_url");
        if (image != null && image.isTextual()) {
            return WireObject.construct(part.at("image_url"), () -> new ContentPart.Image(image.textValue(), null));
        }
        WireObject object = part.requiredObject("image_url");
        String url = object.requiredString("url");
        String detail = object.optionalString("detail");
        return WireObject.construct(object.at("url"), () -> new ContentPart.Image(url, detail));
    }
}

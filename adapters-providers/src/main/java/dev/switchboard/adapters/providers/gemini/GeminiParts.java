package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ContentPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user message's content as Gemini parts: text as {@code text}; a base64 data URL as {@code inlineData} with its
 * media type; any other URL ({@code https://}, {@code gs://}, a Files API URI) as {@code fileData}, with the media type
 * its file extension names ({@code image/jpeg} when it names none); audio as {@code inlineData} of type
 * {@code audio/<format>}. Empty text is left out.
 */
final class GeminiParts {

    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "webp", "image/webp",
            "gif", "image/gif",
            "heic", "image/heic",
            "heif", "image/heif",
            "pdf", "application/pdf");

    private GeminiParts() {}

    static List<ObjectNode> user(List<ContentPart> content, int message) {
        var parts = new ArrayList<ObjectNode>();
        for (int j = 0; j < content.size(); j++) {
            switch (content.get(j)) {
                case ContentPart.Text text -> {
                    if (!text.text().isEmpty()) parts.add(ProviderJson.object().put("text", text.text()));
                }
                case ContentPart.Image image ->
                    parts.add(image(image.url(), "messages[" + message + "].content[" + j + "]"));
                case ContentPart.Audio audio ->
                    parts.add(inline("audio/" + audio.format().toLowerCase(Locale.ROOT), audio.data()));
            }
        }
        return parts;
    }

    private static ObjectNode image(String url, String param) {
        if (url.startsWith("data:")) {
            int comma = url.indexOf(',');
            if (comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
                throw GeminiContents.invalid(param, "must be a base64 data URL or a URL");
            }
            return inline(url.substring("data:".length(), comma - ";base64".length()), url.substring(comma + 1));
        }
        ObjectNode part = ProviderJson.object();
        part.putObject("fileData").put("mimeType", mimeType(url)).put("fileUri", url);
        return part;
    }

    private static ObjectNode inline(String mimeType, String data) {
        ObjectNode part = ProviderJson.object();
        part.putObject("inlineData").put("mimeType", mimeType).put("data", data);
        return part;
    }

    private static String mimeType(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "image/jpeg");
    }
}

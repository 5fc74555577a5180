package dev.switchboard.adapters.providers.openai;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@code multipart/form-data} body (RFC 7578), built by hand: text fields and files, between a random boundary.
 * Names and file names are escaped as browsers do ({@code "} and line breaks percent-encoded). Use once.
 */
final class Multipart {

    private final String boundary =
            "switchboard-" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        part("form-data; name=\"" + escape(name) + "\"", null, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Multipart file(String name, String filename, byte[] content) {
        String disposition = "form-data; name=\"" + escape(name) + "\"; filename=\"" + escape(filename) + "\"";
        part(disposition, mediaType(filename), content);
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closing delimiter included. */
    byte[] body() {
        var whole = new ByteArrayOutputStream(out.size() + boundary.length() + 6);
        whole.writeBytes(out.toByteArray());
        whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return whole.toByteArray();
    }

    private void part(String disposition, @Nullable String contentType, byte[] content) {
        var head = new StringBuilder("--").append(boundary).append("\r\n");
        head.append("Content-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null)
            head.append("Content-Type: ").append(contentType).append("\r\n");
        out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(new byte[] {'\r', '\n'});
    }

    private static String escape(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The audio's media type by its extension, as the upstream may check it. */
    static String mediaType(String filename) {
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "mp3", "mpga", "mpeg" -> "audio/mpeg";
            case "mp4", "m4a" -> "audio/mp4";
            case "wav" -> "audio/wav";
            case "webm" -> "audio/webm";
            case "ogg", "oga" -> "audio/ogg";
            case "flac" -> "audio/flac";
            default -> "application/octet-stream";
        };
    }
}

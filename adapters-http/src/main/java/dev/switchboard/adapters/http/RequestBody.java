package dev.switchboard.adapters.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a POST body: JSON only (a missing {@code Content-Type} is tolerated, as curl users forget it; a clearly
 * different one is 415), and no larger than the configured limit (413, decided from {@code Content-Length} before
 * reading when the client sends it).
 */
final class RequestBody {

    private static final int CHUNK = 8192;

    private RequestBody() {}

    static byte[] read(Context ctx, long maxBytes) {
        requireJson(ctx.header("Content-Type"));
        long length = ctx.req().getContentLengthLong();
        if (length > maxBytes) throw tooLarge(maxBytes);
        try (InputStream in = ctx.req().getInputStream()) {
            // A declared length is read into one array of that size, without a buffer to copy from.
            return length >= 0 ? readDeclared(in, (int) length) : readAtMost(in, maxBytes);
        } catch (IOException e) {
            throw HttpFailure.invalidRequest(400, "The request body could not be read.", null);
        }
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    static void requireJson(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) return;
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        // curl -d sends form encoding unless told otherwise; the body is read as JSON either way, like OpenAI's API.
        if (media.equals("application/json") || media.endsWith("+json") || media.equals(FORM)) return;
        throw HttpFailure.invalidRequest(415, "Content-Type must be application/json.", "unsupported_media_type");
    }

    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] body = in.readNBytes(length);
        if (body.length < length) throw new IOException("the body ended before its declared length");
        return body;
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        var body = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
            total += read;
            if (total > maxBytes) throw tooLarge(maxBytes);
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    private static HttpFailure tooLarge(long maxBytes) {
        return HttpFailure.invalidRequest(
                413, "The request body is larger than the limit of " + maxBytes + " bytes.", "request_too_large");
    }
}

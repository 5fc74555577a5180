package dev.switchboard.adapters.http;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.openai.wire.TranscriptionRequestReader;
import dev.switchboard.openai.wire.TranscriptionResponseWriter;
import io.javalin.config.MultipartConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/audio/transcriptions} and {@code POST /{provider}/v1/audio/transcriptions}: a multipart/form-data
 * upload as OpenAI takes it, answered in the format asked for ({@code json} and {@code verbose_json} as JSON,
 * {@code text}, {@code srt} and {@code vtt} as UTF-8 text), or with {@code stream=true} as OpenAI's server-sent
 * {@code transcript.text.delta} and {@code transcript.text.done} events ({@link EventStream}). The upload may be as large as
 * {@link HttpSettings#maxUploadBytes()}; Jetty enforces that while it parses the form, and a declared
 * {@code Content-Length} over it is refused before anything is read.
 */
final class TranscriptionEndpoint {

    private static final String FORM = "multipart/form-data";
    /** Room for the other fields and the multipart framing, on top of the file itself. */
    private static final long FORM_OVERHEAD_BYTES = 1024 * 1024;
    /** Uploads up to this size are parsed in memory; larger ones go through a temporary file. */
    private static final int IN_MEMORY_KIB = 1024;

    private final Gateway gateway;
    private final long maxUploadBytes;

    TranscriptionEndpoint(Gateway gateway, long maxUploadBytes) {
        this.gateway = gateway;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Jetty's limits for every multipart request; only this endpoint reads one. */
    static void configure(MultipartConfig multipart, long maxUploadBytes) {
        multipart.maxFileSize(maxUploadBytes, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(maxUploadBytes + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        multipart.maxInMemoryFileSize(IN_MEMORY_KIB, SizeUnit.KB);
    }

    void register(RoutesConfig routes) {
        for (String prefix : List.of("/v1", "/{provider}/v1")) {
            routes.post(prefix + "/audio/transcriptions", this::transcribe);
        }
    }

    private void transcribe(Context ctx) {
        RequestContext context = RequestContexts.of(ctx, gateway);
        requireForm(ctx.header("Content-Type"));
        if (ctx.req().getContentLengthLong() > maxUploadBytes + FORM_OVERHEAD_BYTES) throw tooLarge();
        Map<String, List<String>> fields = fields(ctx);
        TranscriptionRequest request = read(ctx, fields);
        if (TranscriptionRequestReader.streamed(fields)) {
            TranscriptionStream stream = gateway.streamTranscription(request, context);
            ServedHeaders.set(ctx, context.trace());
            EventStream.send(ctx, stream);
            return;
        }
        Transcription answer = gateway.transcribe(request, context);
        ServedHeaders.set(ctx, context.trace());
        ctx.status(200)
                .contentType(TranscriptionResponseWriter.contentType(answer))
                .result(TranscriptionResponseWriter.body(answer));
    }

    private Map<String, List<String>> fields(Context ctx) {
        try {
            return ctx.formParamMap();
        } catch (Exception e) { // Jetty's checked ServletException passes unchecked through Javalin's Kotlin
            throw unparsable(ctx, e);
        }
    }

    private TranscriptionRequest read(Context ctx, Map<String, List<String>> fields) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {
            throw unparsable(ctx, e);
        }
        return file == null
                ? TranscriptionRequestReader.read(fields, null, "")
                : TranscriptionRequestReader.read(fields, content(file), file.filename());
    }

    /**
     * Jetty tells a form over its limits ("max file size exceeded", "max length exceeded") from a broken one only in
     * the words of its exception, wrapped in a 400 "bad multipart".
     */
    private HttpFailure unparsable(Context ctx, Exception error) {
        // Jetty closes a connection whose form it could not parse; saying so lets it finish the answer first rather
        // than reset the connection under it.
        ctx.header("Connection", "close");
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("exceeded")) return tooLarge();
        }
        return HttpFailure.invalidRequest(400, "The request body is not a valid multipart/form-data form.", null);
    }

    private static void requireForm(@Nullable String contentType) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip();
        if (!media.toLowerCase(Locale.ROOT).equals(FORM)) {
            throw HttpFailure.invalidRequest(
                    415, "Content-Type must be multipart/form-data.", "unsupported_media_type");
        }
    }

    private static byte[] content(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw HttpFailure.invalidRequest(400, "The uploaded file could not be read.", null);
        }
    }

    private HttpFailure tooLarge() {
        return HttpFailure.invalidRequest(
                413,
                "The upload is larger than the limit of " + maxUploadBytes + " bytes for an audio file.",
                "request_too_large");
    }
}

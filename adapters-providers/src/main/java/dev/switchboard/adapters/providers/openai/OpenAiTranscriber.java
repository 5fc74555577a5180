package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Answer;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.adapters.providers.shared.SseEventReader;
import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.audio.TranscriptionUsage;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.Transcriber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /audio/transcriptions} as a multipart form: file, model, language, prompt, response_format, temperature
 * and {@code timestamp_granularities[]}. JSON formats ({@code json}, {@code verbose_json}, ...) are answered as JSON with
 * their {@code text} read out; {@code text}, {@code srt} and {@code vtt} come back as the upstream wrote them.
 * Streamed transcription sends {@code stream=true} and reads the upstream's server-sent events as they arrive
 * ({@link OpenAiTranscriptionDecoder}); a model that ignores the flag and answers whole (whisper-1) is handed on as one
 * delta of the whole text and its {@code Done}.
 */
final class OpenAiTranscriber implements Transcriber {

    private final Dialect dialect;
    private final OpenAiClient client;

    OpenAiTranscriber(Dialect dialect, OpenAiClient client) {
        this.dialect = dialect;
        this.client = client;
    }

    @Override
    public Transcription transcribe(TranscriptionRequest request, CallContext context) {
        Answer answer = client.postForm(Operation.TRANSCRIPTIONS, request.model(), form(request), context);
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String format = request.responseFormat() == null ? "json" : request.responseFormat();
        if (format.endsWith("json")) return new Transcription("application/json", body, text(answer.body()));
        return new Transcription(answer.contentType("text/plain; charset=utf-8"), body, body);
    }

    @Override
    public TranscriptionStream stream(TranscriptionRequest request, CallContext context) {
        Multipart form = form(request).field("stream", "true");
        ResponseBody body = client.streamForm(Operation.TRANSCRIPTIONS, request.model(), form, context);
        String type = body.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("json") || type.startsWith("text/plain")) return whole(body.readAll(), type);
        var reader = new SseEventReader<>(body, new OpenAiTranscriptionDecoder());
        return TranscriptionStream.from(reader.iterator("TranscriptionStream"), reader::close);
    }

    /** A whole answer to a streaming request, as the stream it would have been. */
    private static TranscriptionStream whole(byte[] body, String contentType) {
        boolean json = contentType.contains("json");
        String text = json ? text(body) : new String(body, StandardCharsets.UTF_8);
        @Nullable
        TranscriptionUsage usage = json
                ? OpenAiTranscriptionDecoder.usage(
                        ProviderJson.tree(body, "transcription").get("usage"))
                : null;
        var events = new ArrayList<TranscriptionEvent>();
        if (!text.isEmpty()) events.add(new TranscriptionEvent.TextDelta(text));
        events.add(new TranscriptionEvent.Done(text, usage));
        return TranscriptionStream.of(events);
    }

    private Multipart form(TranscriptionRequest request) {
        var form = new Multipart()
                .file("file", request.filename(), request.audio())
                .field("model", dialect.endpoints().wireModel(request.model()));
        if (request.language() != null) form.field("language", request.language());
        if (request.prompt() != null) form.field("prompt", request.prompt());
        if (request.responseFormat() != null) form.field("response_format", request.responseFormat());
        if (request.temperature() != null) {
            form.field("temperature", BigDecimal.valueOf(request.temperature()).toPlainString());
        }
        request.timestampGranularities().forEach(granularity -> form.field("timestamp_granularities[]", granularity));
        return form;
    }

    private static String text(byte[] body) {
        JsonNode text = ProviderJson.tree(body, "transcription").get("text");
        if (text == null || !text.isTextual()) {
            throw new ProviderException(Failures.malformed("the transcription has no text"));
        }
        return text.textValue();
    }
}

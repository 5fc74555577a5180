package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.SseEvent;
import dev.switchboard.adapters.providers.shared.SseEventReader;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionUsage;
import dev.switchboard.domain.provider.ProviderException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the server-sent events of one streamed transcription into domain events: {@code transcript.text.delta} into
 * {@link TranscriptionEvent.TextDelta}, {@code transcript.text.done} (which ends the stream, with its {@code usage})
 * into {@link TranscriptionEvent.Done}. OpenAI sends no {@code data: [DONE]} after it; vLLM and llama.cpp do, and it is
 * skipped. An {@code error} object or an event of type {@code error} is thrown as the failure it means; other event
 * types (such as diarization segments) carry nothing we hand on. One decoder serves one stream on one thread.
 */
final class OpenAiTranscriptionDecoder implements SseEventReader.Decoder<TranscriptionEvent> {

    private static final UpstreamError STREAM_ERROR =
            UpstreamError.of("the upstream reported an error in the transcription stream");

    private boolean done;

    @Override
    public List<TranscriptionEvent> decode(SseEvent event) {
        String data = event.data().strip();
        if (done || data.isEmpty() || data.equals("[DONE]")) return List.of();
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (event.event().equals("error"))
            throw failure(OpenAiErrors.parse(bytes).orElse(STREAM_ERROR));
        JsonNode chunk = ProviderJson.tree(bytes, "transcription event");
        String type = chunk.path("type").asText("");
        if (chunk.hasNonNull("error") || type.equals("error")) {
            throw failure(OpenAiErrors.of(chunk).orElse(STREAM_ERROR));
        }
        return switch (type) {
            case "transcript.text.delta" -> List.of(new TranscriptionEvent.TextDelta(text(chunk, "delta")));
            case "transcript.text.done" -> {
                done = true;
                yield List.of(new TranscriptionEvent.Done(text(chunk, "text"), usage(chunk.get("usage"))));
            }
            default -> List.of();
        };
    }

    /** Whether {@code transcript.text.done} arrived: a stream that ends before it was cut short. */
    @Override
    public boolean done() {
        return done;
    }

    /**
     * Token usage as gpt-4o-transcribe reports it; null when there is none, or for usage by duration (whisper-1's
     * {@code {"type":"duration","seconds":9}}).
     */
    static @Nullable TranscriptionUsage usage(@Nullable JsonNode usage) {
        if (usage == null
                || !usage.isObject()
                || usage.path("type").asText("tokens").equals("duration")) return null;
        int input = count(usage.path("input_tokens"), 0);
        int output = count(usage.path("output_tokens"), 0);
        JsonNode details = usage.path("input_token_details");
        return new TranscriptionUsage(
                input,
                count(details.path("text_tokens"), 0),
                count(details.path("audio_tokens"), 0),
                output,
                count(usage.path("total_tokens"), input + output));
    }

    private static int count(JsonNode tokens, int absent) {
        return tokens.isNumber() ? Math.max(0, tokens.asInt()) : absent;
    }

    private static String text(JsonNode chunk, String field) {
        JsonNode value = chunk.get(field);
        if (value == null || !value.isTextual()) {
            throw new ProviderException(Failures.malformed("a transcription event has no " + field));
        }
        return value.textValue();
    }

    private static ProviderException failure(UpstreamError error) {
        return new ProviderException(Failures.fromStreamError(error));
    }
}

package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionUsage;

/**
 * Writes the events of a streamed transcription as OpenAI sends them, one {@code data: {json}\n\n} each:
 * {@code {"type":"transcript.text.delta","delta":...}} and {@code {"type":"transcript.text.done","text":...,"usage":
 * {"type":"tokens","input_tokens",...}}} (without {@code usage} when the provider reported none). OpenAI ends the
 * stream after the done event, with no {@code data: [DONE]}.
 */
public final class TranscriptionEventWriter {

    private TranscriptionEventWriter() {}

    /** One server-sent event for {@code event}. */
    public static byte[] write(TranscriptionEvent event) {
        ObjectNode json = WireJson.object();
        switch (event) {
            case TranscriptionEvent.TextDelta delta ->
                json.put("type", "transcript.text.delta").put("delta", delta.delta());
            case TranscriptionEvent.Done done -> {
                json.put("type", "transcript.text.done").put("text", done.text());
                if (done.usage() != null) json.set("usage", usage(done.usage()));
            }
        }
        return ChunkWriter.event(WireJson.bytes(json));
    }

    private static ObjectNode usage(TranscriptionUsage usage) {
        ObjectNode node = WireJson.object().put("type", "tokens").put("input_tokens", usage.inputTokens());
        node.putObject("input_token_details")
                .put("text_tokens", usage.textTokens())
                .put("audio_tokens", usage.audioTokens());
        return node.put("output_tokens", usage.outputTokens()).put("total_tokens", usage.totalTokens());
    }
}

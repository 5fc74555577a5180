package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.SseChatStream;
import dev.switchboard.adapters.providers.shared.SseEvent;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.openai.wire.ChunkReader;
import dev.switchboard.openai.wire.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the server-sent events of one OpenAI-family stream, chat or legacy completion, into domain events. It ends at
 * {@code data: [DONE]}; an {@code error} object in a data line (or an {@code event: error}) is thrown as the failure it
 * means. A chunk with no choices and no usage carries nothing and is skipped: Azure's first event, which holds only
 * {@code prompt_filter_results} and blank id and model, is one. One decoder serves one stream on one thread.
 */
final class OpenAiStreamDecoder implements SseChatStream.Decoder {

    private static final String DONE = "[DONE]";

    private final ChunkReader chunks = new ChunkReader();
    private boolean done;

    /** The events one upstream event carries; nothing after {@code [DONE]}. */
    @Override
    public List<ChatEvent> decode(SseEvent event) {
        String data = event.data().strip();
        if (done || data.isEmpty()) return List.of();
        if (data.equals(DONE)) {
            done = true;
            return List.of();
        }
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (event.event().equals("error"))
            throw failure(OpenAiErrors.parse(bytes).orElse(STREAM_ERROR));
        JsonNode chunk = ProviderJson.tree(bytes, "stream chunk");
        if (chunk.hasNonNull("error")) throw failure(OpenAiErrors.of(chunk).orElse(STREAM_ERROR));
        if (carriesNothing(chunk)) return List.of();
        try {
            return chunks.read(bytes);
        } catch (WireFormatException e) {
            throw new ProviderException(Failures.malformed(WireProblems.describe(e)), e);
        }
    }

    /** Whether {@code [DONE]} arrived: a stream that ends before it was cut short. */
    @Override
    public boolean done() {
        return done;
    }

    private static final UpstreamError STREAM_ERROR = UpstreamError.of("the upstream reported an error in the stream");

    private static boolean carriesNothing(JsonNode chunk) {
        JsonNode choices = chunk.get("choices");
        boolean noChoices = choices == null || choices.isNull() || (choices.isArray() && choices.isEmpty());
        return noChoices && !chunk.hasNonNull("usage");
    }

    private static ProviderException failure(UpstreamError error) {
        return new ProviderException(Failures.fromStreamError(error));
    }
}

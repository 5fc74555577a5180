package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.SseChatStream;
import dev.switchboard.adapters.providers.shared.SseEvent;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the events of one {@code streamGenerateContent?alt=sse} stream into domain events as they arrive. Each event is
 * a whole {@code GenerateContentResponse} whose parts are deltas ({@link GeminiTurn} reads them); there is no
 * {@code [DONE]}: the stream is complete once every candidate asked for has its {@code finishReason}, and the usage
 * of that last event (Gemini reports it running, the last count wins) is reported then. The first event with a
 * {@code responseId} is {@code Started}; a candidate's {@code logprobsResult} follows its text as {@code Logprobs}.
 * An {@code error} object fails the stream ({@link GeminiErrors#inStream}), and so does a blocked prompt
 * ({@link GeminiResponses#refuseBlocked}). One decoder serves one stream on one thread.
 */
final class GeminiStreamDecoder implements SseChatStream.Decoder {

    private final String model;
    private final int candidates;
    private final Map<Integer, GeminiTurn> turns = new HashMap<>();
    private final Set<Integer> finished = new HashSet<>();
    private Usage usage = Usage.ZERO;
    private boolean started;
    private boolean done;

    /** @param candidates how many candidates the request asked for ({@code n}) */
    GeminiStreamDecoder(String model, int candidates) {
        this.model = model;
        this.candidates = candidates;
    }

    @Override
    public List<ChatEvent> decode(SseEvent event) {
        String data = event.data().strip();
        if (done || data.isEmpty()) return List.of();
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        JsonNode chunk = ProviderJson.tree(bytes, "stream event");
        if (GeminiErrors.isError(chunk)) throw GeminiErrors.inStream(bytes);
        GeminiResponses.refuseBlocked(chunk);
        var events = new ArrayList<ChatEvent>();
        String responseId = chunk.path("responseId").asText("");
        if (!started && !responseId.isEmpty()) {
            started = true;
            events.add(
                    new ChatEvent.Started(responseId, chunk.path("modelVersion").asText(model)));
        }
        if (chunk.path("usageMetadata").isObject()) usage = GeminiResponses.usage(chunk.path("usageMetadata"));
        int position = 0;
        for (JsonNode candidate : chunk.path("candidates")) {
            int index = candidate.path("index").asInt(position++);
            GeminiTurn turn = turns.computeIfAbsent(index, GeminiTurn::new);
            events.addAll(turn.read(candidate.path("content"), responseId));
            JsonValue logprobs = GeminiLogprobs.read(candidate);
            if (logprobs != null) events.add(new ChatEvent.Logprobs(index, logprobs));
            String reason = candidate.path("finishReason").asText("");
            if (!reason.isEmpty() && finished.add(index))
                events.add(new ChatEvent.Finished(index, turn.finish(reason)));
        }
        if (finished.size() >= candidates) {
            done = true;
            events.add(new ChatEvent.UsageReported(usage));
        }
        return events;
    }

    @Override
    public boolean done() {
        return done;
    }
}

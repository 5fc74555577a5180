package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.domain.provider.PullProgress;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the lines of one {@code /api/pull} stream into progress steps: {@code {"status":"pulling manifest"}}, then per
 * layer {@code status}, {@code digest}, {@code total} and {@code completed} (absent until bytes arrive), and at last
 * {@code {"status":"success"}}, which ends the pull. One decoder serves one stream on one thread.
 */
final class OllamaPullDecoder implements OllamaLines.Decoder<PullProgress> {

    private boolean done;

    @Override
    public List<PullProgress> decode(JsonNode line) {
        if (done) return List.of();
        var step = new PullProgress(
                OllamaResponses.required(line, "status"),
                OllamaResponses.optional(line, "digest"),
                size(line.get("total")),
                size(line.get("completed")));
        done = step.succeeded();
        return List.of(step);
    }

    @Override
    public boolean done() {
        return done;
    }

    private static @Nullable Long size(@Nullable JsonNode value) {
        return value != null && value.canConvertToLong() && value.longValue() >= 0 ? value.longValue() : null;
    }
}

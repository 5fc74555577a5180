package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Ndjson;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.PulledEvents;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One NDJSON answer ({@code application/x-ndjson}) read as the caller pulls, through {@link PulledEvents}: each line is
 * parsed, a line {@code {"error":...}} fails the stream where it stands, and the rest goes to the decoder.
 */
final class OllamaLines {

    /** Turns one line into what it means (chat events, pull steps); one decoder serves one stream. */
    interface Decoder<T> {
        List<T> decode(JsonNode line);

        /** Whether the last line arrived: an answer that ends before it was cut short. */
        boolean done();
    }

    private OllamaLines() {}

    static <T> PulledEvents<String, T> read(ResponseBody body, Decoder<T> decoder) {
        return new PulledEvents<>(body, Ndjson.lines(body.stream()).iterator(), new PulledEvents.Decoder<>() {
            @Override
            public List<T> decode(String text) {
                JsonNode line = ProviderJson.tree(text.getBytes(StandardCharsets.UTF_8), "stream line");
                var error = OllamaErrors.of(line);
                if (error.isPresent()) throw OllamaErrors.inStream(error.get());
                return decoder.decode(line);
            }

            @Override
            public boolean done() {
                return decoder.done();
            }
        });
    }
}

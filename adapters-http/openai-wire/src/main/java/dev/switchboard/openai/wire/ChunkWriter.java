package dev.switchboard.openai.wire;

import dev.switchboard.domain.chat.ChatEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the events of one stream into OpenAI's server-sent events, {@code data: {json}\n\n} each. Every chunk of a
 * stream shares its id, {@code created} and model; a {@link ChatEvent.Started} event, when it comes, sets the id and
 * model for the chunks after it. Not thread-safe: one writer serves one stream on one thread.
 */
public sealed interface ChunkWriter permits ChatChunkWriter, CompletionChunkWriter {

    /** The event that ends a successful stream, after the last chunk. */
    byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The events to send for {@code event}, in order; none for events the format has no place for (such as
     * {@code Started}, or usage when the client did not ask for it).
     */
    List<byte[]> write(ChatEvent event);

    /**
     * A writer of {@code chat.completion.chunk} events.
     *
     * @param includeUsage whether to send the final usage-only chunk ({@code "choices": []}), as
     *     {@code stream_options.include_usage} asks
     */
    static ChunkWriter chat(String id, long created, String model, boolean includeUsage) {
        return new ChatChunkWriter(id, created, model, includeUsage);
    }

    /** A writer of legacy {@code text_completion} stream events. */
    static ChunkWriter completion(String id, long created, String model, boolean includeUsage) {
        return new CompletionChunkWriter(id, created, model, includeUsage);
    }

    /** One server-sent event holding {@code json}. */
    static byte[] event(byte[] json) {
        byte[] prefix = {'d', 'a', 't', 'a', ':', ' '};
        byte[] event = new byte[prefix.length + json.length + 2];
        System.arraycopy(prefix, 0, event, 0, prefix.length);
        System.arraycopy(json, 0, event, prefix.length, json.length);
        event[event.length - 2] = '\n';
        event[event.length - 1] = '\n';
        return event;
    }
}

package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import java.util.Iterator;

/**
 * One upstream server-sent event stream of chat events, read as the caller pulls through {@link SseEventReader}: nothing
 * is buffered, a stream that ends before its decoder saw the end fails with {@code Network}, a failure the decoder
 * throws ends it, and after {@link #close()}, from any thread, the iterator ends quietly. Single use.
 */
public final class SseChatStream implements ChatStream {

    /** Turns one provider's events into chat events; one decoder serves one stream on one thread. */
    public interface Decoder extends SseEventReader.Decoder<ChatEvent> {}

    private final SseEventReader<ChatEvent> reader;

    public SseChatStream(ResponseBody body, Decoder decoder) {
        this.reader = new SseEventReader<>(body, decoder);
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        return reader.iterator("ChatStream");
    }

    @Override
    public void close() {
        reader.close();
    }
}

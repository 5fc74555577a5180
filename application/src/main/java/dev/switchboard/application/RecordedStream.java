package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.Usage;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A stream that tells {@code onClose}, once, how it went when it is closed: ended (status 200, the usage of its last
 * {@code UsageReported} event), failed while reading (the failure's status and kind), or closed before its end by the
 * client (499, {@code ClientClosed}, the usage known so far). It notes on the trace when its first content event came.
 * Read by one thread, like the stream it wraps; closing is idempotent.
 */
final class RecordedStream implements ChatStream {

    private final ChatStream upstream;
    private final RequestTrace trace;
    private final Supplier<Usage> soFar;
    private final Consumer<UsageRecorder.Outcome> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StreamEnding ending = new StreamEnding();

    RecordedStream(
            ChatStream upstream, RequestTrace trace, Supplier<Usage> soFar, Consumer<UsageRecorder.Outcome> onClose) {
        this.upstream = upstream;
        this.trace = trace;
        this.soFar = soFar;
        this.onClose = onClose;
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        return ending.watch(upstream.iterator(), this::seen);
    }

    private void seen(ChatEvent event) {
        switch (event) {
            case ChatEvent.Started s -> {}
            case ChatEvent.UsageReported u -> ending.reported(u.usage());
            case ChatEvent.TextDelta _,
                    ChatEvent.ReasoningDelta _,
                    ChatEvent.RefusalDelta _,
                    ChatEvent.ToolCallDelta _,
                    ChatEvent.Logprobs _,
                    ChatEvent.Finished _ -> trace.firstEvent();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            upstream.close();
        } finally {
            onClose.accept(ending.outcome(soFar));
        }
    }
}

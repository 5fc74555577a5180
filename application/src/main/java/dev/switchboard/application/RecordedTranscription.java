package dev.switchboard.application;

import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.audio.TranscriptionUsage;
import dev.switchboard.domain.chat.Usage;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A streamed transcription that tells {@code onClose}, once, how it went when it is closed, as {@link RecordedStream}
 * does for chat: the usage of its {@code Done} event (audio and prompt tokens as prompt tokens, text as completion),
 * a failure while reading, or a close before its end. Its first text is its first event on the trace.
 */
final class RecordedTranscription implements TranscriptionStream {

    private final TranscriptionStream upstream;
    private final RequestTrace trace;
    private final Consumer<UsageRecorder.Outcome> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StreamEnding ending = new StreamEnding();

    RecordedTranscription(TranscriptionStream upstream, RequestTrace trace, Consumer<UsageRecorder.Outcome> onClose) {
        this.upstream = upstream;
        this.trace = trace;
        this.onClose = onClose;
    }

    @Override
    public Iterator<TranscriptionEvent> iterator() {
        return ending.watch(upstream.iterator(), event -> {
            trace.firstEvent();
            if (event instanceof TranscriptionEvent.Done done && done.usage() != null) {
                ending.reported(usage(done.usage()));
            }
        });
    }

    /** A transcription's tokens as a chat usage: what went in (audio and prompt) and the text that came out. */
    static Usage usage(TranscriptionUsage tokens) {
        return new Usage(tokens.inputTokens(), tokens.outputTokens(), 0, 0, false);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            upstream.close();
        } finally {
            onClose.accept(ending.outcome(() -> Usage.ZERO));
        }
    }
}

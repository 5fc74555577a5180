package dev.switchboard.adapters.http;

import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.audio.TranscriptionUsage;
import dev.switchboard.domain.provider.ProviderException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Streamed transcriptions for {@link FakeModelProvider}, by model name: {@code slow} sends {@code "Hello"}, waits
 * until {@code released} (the client saw it), then sends {@code " tick"} every 20 ms until closed; {@code fail-first} fails on reading the first event, {@code fail-mid} after one delta; any other
 * sends {@code "Hello"}, {@code " there."} and done with {@link #USAGE}.
 */
final class FakeTranscriptions {

    static final TranscriptionUsage USAGE = new TranscriptionUsage(14, 0, 14, 4, 18);

    private FakeTranscriptions() {}

    static TranscriptionStream stream(
            String model, ProviderException failure, CountDownLatch released, Runnable onClose) {
        var hello = new TranscriptionEvent.TextDelta("Hello");
        return switch (model) {
            case "slow" -> TranscriptionStream.from(stalled(hello, released), onClose);
            case "fail-first" -> TranscriptionStream.from(failing(List.of(), failure), onClose);
            case "fail-mid" -> TranscriptionStream.from(failing(List.of(hello), failure), onClose);
            default ->
                TranscriptionStream.from(
                        List.<TranscriptionEvent>of(
                                        hello,
                                        new TranscriptionEvent.TextDelta(" there."),
                                        new TranscriptionEvent.Done(FakeModelProvider.SPOKEN, USAGE))
                                .iterator(),
                        onClose);
        };
    }

    /** {@code first}, then a wait for {@code released}, then ticks every 20 ms, forever. */
    private static Iterator<TranscriptionEvent> stalled(TranscriptionEvent first, CountDownLatch released) {
        return new Iterator<>() {
            private boolean sent;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public TranscriptionEvent next() {
                if (!sent) {
                    sent = true;
                    return first;
                }
                try {
                    released.await(10, TimeUnit.SECONDS);
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NoSuchElementException("interrupted");
                }
                return new TranscriptionEvent.TextDelta(" tick");
            }
        };
    }

    /** The given events, then {@code failure} when the next one is read. */
    private static Iterator<TranscriptionEvent> failing(List<TranscriptionEvent> before, ProviderException failure) {
        Iterator<TranscriptionEvent> delivered = before.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (delivered.hasNext()) return true;
                throw failure;
            }

            @Override
            public TranscriptionEvent next() {
                if (!hasNext()) throw new NoSuchElementException();
                return delivered.next();
            }
        };
    }
}

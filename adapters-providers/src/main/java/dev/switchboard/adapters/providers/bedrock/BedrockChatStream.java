package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamOutput;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;

/**
 * The SDK's asynchronous {@code ConverseStream} as the port's blocking stream. The SDK pushes events into a small
 * bounded hand-off on its own threads; the reader takes them on its (virtual) thread and asks the SDK for one more event
 * per event taken, so at most {@value #WINDOW} events wait and a slow client slows the upstream down. Each wait for the
 * next event is limited by the call's timeout. An exception event inside the stream (throttling, a model stream
 * error) fails the read where it arrives. {@link #close()} cancels the SDK subscription and the call, from any thread.
 */
final class BedrockChatStream implements ChatStream, ConverseStreamResponseHandler {

    static final int WINDOW = 16;

    /** What the SDK hands over: an event, a failure, or the end. */
    private sealed interface Signal {
        record Event(ConverseStreamOutput event) implements Signal {}

        record Failed(Throwable error) implements Signal {}

        record Ended() implements Signal {}
    }

    private final BlockingQueue<Signal> handOff = new ArrayBlockingQueue<>(WINDOW + 8);
    private final CompletableFuture<Void> accepted = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean iterated = new AtomicBoolean();
    private final BedrockStreamDecoder decoder;
    private final Duration timeout;
    private volatile @Nullable Subscription subscription;
    private volatile @Nullable CompletableFuture<Void> call;

    private BedrockChatStream(String model, Duration timeout) {
        this.decoder = new BedrockStreamDecoder(model);
        this.timeout = timeout;
    }

    /** Starts the call and returns once Bedrock answered 2xx; an earlier failure is thrown here, for failover. */
    static ChatStream open(
            Function<ConverseStreamResponseHandler, CompletableFuture<Void>> start, String model, Duration timeout) {
        var stream = new BedrockChatStream(model, timeout);
        CompletableFuture<Void> started = start.apply(stream);
        stream.call = started;
        started.whenComplete((ignored, error) -> {
            if (error != null) stream.exceptionOccurred(error);
        });
        try {
            stream.accepted.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return stream;
        } catch (ExecutionException e) {
            stream.close();
            throw BedrockErrors.of(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            stream.close();
            throw new ProviderException(new ProviderFailure.Timeout("Bedrock did not answer in time"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stream.close();
            throw new ProviderException(new ProviderFailure.Network("interrupted while waiting for Bedrock"));
        }
    }

    @Override
    public void responseReceived(ConverseStreamResponse response) {
        accepted.complete(null);
    }

    @Override
    public void onEventStream(SdkPublisher<ConverseStreamOutput> publisher) {
        publisher.subscribe(new Subscriber<ConverseStreamOutput>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                if (closed.get()) s.cancel();
                else s.request(WINDOW);
            }

            @Override
            public void onNext(ConverseStreamOutput event) {
                handOff.offer(new Signal.Event(event));
            }

            @Override
            public void onError(Throwable error) {
                handOff.offer(new Signal.Failed(error));
            }

            @Override
            public void onComplete() {
                handOff.offer(new Signal.Ended());
            }
        });
    }

    @Override
    public void exceptionOccurred(Throwable error) {
        accepted.completeExceptionally(error);
        handOff.offer(new Signal.Failed(error));
    }

    @Override
    public void complete() {
        handOff.offer(new Signal.Ended());
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        if (!iterated.compareAndSet(false, true)) throw new IllegalStateException("a ChatStream is single use");
        return new Iterator<>() {
            private final ArrayDeque<ChatEvent> ready = new ArrayDeque<>();
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !ended && !closed.get()) ended = read(ready);
                return !ready.isEmpty() && !closed.get();
            }

            @Override
            public ChatEvent next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.removeFirst();
            }
        };
    }

    /** Takes one signal into {@code ready}; true when the stream has no more. */
    private boolean read(ArrayDeque<ChatEvent> ready) {
        Signal signal = take();
        return switch (signal) {
            case Signal.Event(ConverseStreamOutput event) -> {
                ready.addAll(decoder.decode(event));
                Subscription s = subscription;
                if (s != null && !decoder.done()) s.request(1);
                yield decoder.done();
            }
            case Signal.Failed(Throwable error) -> {
                if (closed.get()) yield true;
                throw BedrockErrors.of(error);
            }
            case Signal.Ended() -> {
                if (!decoder.finished())
                    throw new ProviderException(new ProviderFailure.Network("Bedrock ended the stream early"));
                yield true;
            }
        };
    }

    private Signal take() {
        try {
            Signal signal = handOff.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (signal != null) return signal;
            close();
            throw new ProviderException(
                    new ProviderFailure.Timeout("Bedrock sent nothing for " + timeout.toSeconds() + "s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new ProviderException(new ProviderFailure.Network("interrupted while reading from Bedrock"));
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        Subscription s = subscription;
        if (s != null) s.cancel();
        CompletableFuture<Void> running = call;
        if (running != null) running.cancel(true);
    }
}

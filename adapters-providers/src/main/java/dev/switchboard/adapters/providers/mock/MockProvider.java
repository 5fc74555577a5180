package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Answers every call locally and deterministically (see {@link MockReply}, {@link MockCompletion},
 * {@link MockEmbeddings}). It answers for any model name; its settings decide only what it lists. Thread-safe.
 */
final class MockProvider implements ModelProvider {

    /** When the mock's models were "created": 2025-01-01T00:00:00Z, fixed so that listings compare equal. */
    static final long CREATED = 1_735_689_600L;

    static final String OWNER = "switchboard";

    private static final Set<Capability> CHAT =
            Set.of(Capability.CHAT, Capability.STREAMING, Capability.TOOLS, Capability.COMPLETIONS);

    private final MockSettings settings;
    private final AtomicLong responses = new AtomicLong();

    MockProvider(MockSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        failIfSet();
        return Stream.concat(
                        settings.chatModels().stream().map(name -> descriptor(name, CHAT)),
                        settings.embeddingModels().stream()
                                .map(name -> descriptor(name, Set.of(Capability.EMBEDDINGS))))
                .toList();
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        answerAfterLatency(context);
        return MockReply.to(request, settings.reply()).response(nextId(), request.model());
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        streamAfterLatency(context);
        var events = MockReply.to(request, settings.reply()).events(nextId(), request.model(), settings.chunkSize());
        return new MockStream(events, settings.chunkDelay(), settings.failure(), settings.failAfter());
    }

    @Override
    public CompletionResponse completeText(CompletionRequest request, CallContext context) {
        answerAfterLatency(context);
        return MockCompletion.to(request, settings.reply()).response(nextId(), request.model());
    }

    @Override
    public ChatStream streamText(CompletionRequest request, CallContext context) {
        streamAfterLatency(context);
        var events =
                MockCompletion.to(request, settings.reply()).events(nextId(), request.model(), settings.chunkSize());
        return new MockStream(events, settings.chunkDelay(), settings.failure(), settings.failAfter());
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        answerAfterLatency(context);
        return MockEmbeddings.embed(request, settings.dimensions());
    }

    /** Up, unless {@code fail_with} is set: then every call fails, and health says so. */
    @Override
    public Health health(CallContext context) {
        var failure = settings.failure();
        return failure == null
                ? Health.up("the mock provider answers locally", Duration.ZERO)
                : Health.down(failure.message(), Duration.ZERO);
    }

    private ModelDescriptor descriptor(String name, Set<Capability> capabilities) {
        return new ModelDescriptor(new ModelRef(settings.id(), name), CREATED, OWNER, capabilities, null, null);
    }

    private String nextId() {
        return "mock-" + responses.incrementAndGet();
    }

    private void answerAfterLatency(CallContext context) {
        pause(context);
        failIfSet();
    }

    /** A stream with {@code fail_after} set fails while it is read, after some pieces; otherwise before it starts. */
    private void streamAfterLatency(CallContext context) {
        pause(context);
        if (settings.failAfter() == 0) failIfSet();
    }

    private void failIfSet() {
        var failure = settings.failure();
        if (failure != null) throw new ProviderException(failure);
    }

    /** Waits {@code latency}; a latency beyond the call's timeout fails with Timeout once the timeout has passed. */
    private void pause(CallContext context) {
        Duration latency = settings.latency();
        if (latency.isZero()) return;
        boolean timesOut = latency.compareTo(context.timeout()) > 0;
        try {
            Thread.sleep(timesOut ? context.timeout() : latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(new ProviderFailure.Timeout("the mock provider's wait was interrupted"));
        }
        if (timesOut) {
            throw new ProviderException(new ProviderFailure.Timeout("the mock provider's latency of " + latency
                    + " exceeds the call's timeout of " + context.timeout()));
        }
    }
}

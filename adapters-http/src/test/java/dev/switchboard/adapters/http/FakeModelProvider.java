package dev.switchboard.adapters.http;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Reranker;
import dev.switchboard.domain.provider.Transcriber;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A scripted provider. The model name picks the behaviour: {@code echo} answers the last user message, {@code tools}
 * calls two tools, {@code slow} streams forever, {@code fail-before} fails before streaming, {@code fail-first}
 * fails on reading the first event, {@code fail-mid} fails after one delta, and any name in {@link #FAILURES} fails
 * with that failure. It records requests, request ids and closed streams. It transcribes every audio file to
 * {@value #SPOKEN} in the format asked for (streamed as {@link FakeTranscriptions} says), and ranks the last document
 * first; set {@link #transcriber} or {@link #reranker} to null to take a capability away.
 */
final class FakeModelProvider implements ModelProvider {

    static final Map<String, ProviderFailure> FAILURES = Map.of(
            "rate-limited", new ProviderFailure.RateLimited("Slow down.", Duration.ofMillis(1500)),
            "unauthorized", new ProviderFailure.Unauthorized("The provider rejected the gateway's key."),
            "forbidden", new ProviderFailure.Forbidden("The key may not use this model."),
            "missing", new ProviderFailure.ModelNotFound("The model does not exist."),
            "invalid", new ProviderFailure.InvalidRequest("temperature is too high for this model", "temperature"),
            "too-long", new ProviderFailure.ContextLengthExceeded("The prompt is too long."),
            "overloaded", new ProviderFailure.Unavailable(529, "The provider is overloaded."),
            "broken", new ProviderFailure.Unavailable(500, "The provider failed."),
            "timeout", new ProviderFailure.Timeout("The provider did not answer in time."),
            "network", new ProviderFailure.Network("Connection refused."));

    final List<ChatRequest> chats = new CopyOnWriteArrayList<>();
    final List<String> requestIds = new CopyOnWriteArrayList<>();
    /** The trace context each chat call carried upstream, "none" when it carried none. */
    final List<String> traceParents = new CopyOnWriteArrayList<>();

    final List<Boolean> onVirtualThreads = new CopyOnWriteArrayList<>();
    final CountDownLatch streamClosed = new CountDownLatch(1);
    /** Released by a test once its client saw the first event of a {@code slow} transcription stream. */
    final CountDownLatch firstSeen = new CountDownLatch(1);

    volatile boolean healthy = true;
    final List<TranscriptionRequest> transcriptions = new CopyOnWriteArrayList<>();
    final List<RerankRequest> reranks = new CopyOnWriteArrayList<>();
    volatile Transcriber transcriber = new Transcriber() {
        @Override
        public Transcription transcribe(TranscriptionRequest request, CallContext context) {
            return FakeModelProvider.this.transcribe(request, context);
        }

        @Override
        public TranscriptionStream stream(TranscriptionRequest request, CallContext context) {
            requestIds.add(context.requestId());
            transcriptions.add(request);
            ProviderFailure scripted = FAILURES.get(request.model());
            if (scripted != null) throw new ProviderException(scripted);
            return FakeTranscriptions.stream(request.model(), failure("broken"), firstSeen, streamClosed::countDown);
        }
    };
    volatile Reranker reranker = this::rerank;

    static final String SPOKEN = "Hello there.";

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        requestIds.add(context.requestId());
        return List.of(
                new ModelDescriptor(
                        ModelRef.of("mock", "echo"), 1_700_000_000L, "switchboard", java.util.Set.of(), null, null),
                ModelDescriptor.named(ModelRef.of("mock", "slow"), "switchboard"));
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        record(request, context);
        if (request.model().equals("bug")) throw new IllegalStateException("a bug in the adapter");
        String text = "echo: " + request.messages().getLast().text();
        return new ChatResponse(
                "abc",
                1_700_000_000L,
                request.model(),
                List.of(Choice.of(Message.assistant(text), FinishReason.STOP)),
                Usage.of(3, 2),
                null);
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        record(request, context);
        if (request.model().equals("fail-before")) throw failure("broken");
        return switch (request.model()) {
            case "slow" -> FakeStreams.endless(streamClosed::countDown);
            case "tools" -> ChatStream.from(FakeStreams.toolCalls().iterator(), streamClosed::countDown);
            case "fail-first" -> FakeStreams.failing(List.of(), failure("broken"), streamClosed::countDown);
            case "fail-mid" ->
                FakeStreams.failing(
                        List.of(new ChatEvent.TextDelta(0, "Hel")), failure("broken"), streamClosed::countDown);
            default -> ChatStream.from(FakeStreams.text("Hel", "lo").iterator(), streamClosed::countDown);
        };
    }

    @Override
    public CompletionResponse completeText(CompletionRequest request, CallContext context) {
        requestIds.add(context.requestId());
        return new CompletionResponse(
                "xyz",
                1_700_000_000L,
                request.model(),
                List.of(new CompletionResponse.Choice(
                        0, "echo: " + request.prompts().getFirst(), FinishReason.STOP, null)),
                Usage.of(2, 2));
    }

    @Override
    public ChatStream streamText(CompletionRequest request, CallContext context) {
        requestIds.add(context.requestId());
        return ChatStream.from(FakeStreams.text("This", " is").iterator(), streamClosed::countDown);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        requestIds.add(context.requestId());
        var vector = new float[] {0.0023064255f, -0.009327292f, -0.0028842222f};
        return new EmbeddingResponse(request.model(), List.of(new Embedding(0, vector)), Usage.of(8, 0));
    }

    @Override
    public Optional<Transcriber> transcriber() {
        return Optional.ofNullable(transcriber);
    }

    @Override
    public Optional<Reranker> reranker() {
        return Optional.ofNullable(reranker);
    }

    private Transcription transcribe(TranscriptionRequest request, CallContext context) {
        requestIds.add(context.requestId());
        transcriptions.add(request);
        ProviderFailure scripted = FAILURES.get(request.model());
        if (scripted != null) throw new ProviderException(scripted);
        String format = request.responseFormat() == null ? "json" : request.responseFormat();
        return switch (format) {
            case "verbose_json" ->
                new Transcription(
                        "application/json",
                        "{\"task\":\"transcribe\",\"language\":\"english\",\"duration\":1.5,\"text\":\"" + SPOKEN
                                + "\"}",
                        SPOKEN);
            case "text" -> new Transcription("text/plain", SPOKEN + "\n", SPOKEN);
            case "srt" ->
                new Transcription("text/plain", "1\n00:00:00,000 --> 00:00:01,500\n" + SPOKEN + "\n\n", SPOKEN);
            case "vtt" ->
                new Transcription(
                        "text/plain; charset=utf-8",
                        "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n" + SPOKEN + "\n",
                        SPOKEN);
            default -> new Transcription("application/json", "{\"text\":\"" + SPOKEN + "\"}", SPOKEN);
        };
    }

    private RerankResponse rerank(RerankRequest request, CallContext context) {
        requestIds.add(context.requestId());
        reranks.add(request);
        ProviderFailure scripted = FAILURES.get(request.model());
        if (scripted != null) throw new ProviderException(scripted);
        int last = request.documents().size() - 1;
        var results = java.util.stream.IntStream.rangeClosed(0, last)
                .mapToObj(i -> new RerankResponse.Result(last - i, 0.9 / (i + 1), null))
                .toList();
        return new RerankResponse(request.model(), results, Usage.of(12, 0));
    }

    @Override
    public Health health(CallContext context) {
        return healthy ? Health.up("fine", Duration.ZERO) : Health.down("unreachable", Duration.ZERO);
    }

    private void record(ChatRequest request, CallContext context) {
        chats.add(request);
        traceParents.add(
                context.traceParent() == null ? "none" : context.traceParent().header());
        onVirtualThreads.add(Thread.currentThread().isVirtual());
        requestIds.add(context.requestId());
        ProviderFailure scripted = FAILURES.get(request.model());
        if (scripted != null) throw new ProviderException(scripted);
    }

    static ProviderException failure(String name) {
        return new ProviderException(FAILURES.get(name));
    }
}

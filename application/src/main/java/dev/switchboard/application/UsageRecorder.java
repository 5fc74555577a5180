package dev.switchboard.application;

import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.catalog.PriceTable;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.FailureStatus;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.telemetry.RequestStart;
import dev.switchboard.domain.telemetry.Telemetry;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.UsageRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Makes one usage record at the end of each use case call, priced with the {@link PriceTable}, and hands it to the
 * {@link UsageQueue}, which writes it behind: the request never waits for the ledger. A whole answer is recorded when
 * the call returned or failed; a stream when it is closed. It also begins and ends each request's {@link Telemetry}
 * span, which ends with the same record. Thread-safe.
 */
final class UsageRecorder {

    /** The HTTP status a stream stands for when its client closed it before its end (nginx's "client closed request"). */
    static final int CLIENT_CLOSED = 499;

    private final UsageQueue queue;
    private final PriceTable prices;
    private final Clock clock;
    private final Telemetry telemetry;

    UsageRecorder(UsageQueue queue, PriceTable prices, Clock clock, Telemetry telemetry) {
        this.queue = queue;
        this.prices = prices;
        this.clock = clock;
        this.telemetry = telemetry;
    }

    /** Runs {@code call}, then records its outcome: the answer's usage, or the failure it threw (thrown on). */
    <T> T whole(Endpoint endpoint, String model, RequestContext context, Supplier<T> call, Function<T, Usage> usage) {
        begin(endpoint, false, model, context);
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            failed(endpoint, false, model, context, e);
            throw e;
        }
        Duration overhead = context.trace().overhead();
        record(endpoint, false, model, context, new Outcome(200, null, usage.apply(answer)), overhead);
        return answer;
    }

    /**
     * Opens a stream with {@code open} and records it when it is closed: its usage (as far as known when it was cut
     * short), the time to its first event, and whether it ended, failed or was closed early. A failure to open is
     * recorded at once and thrown on.
     */
    ChatStream stream(Endpoint endpoint, String model, RequestContext context, Supplier<ChatStream> open) {
        begin(endpoint, true, model, context);
        ChatStream stream;
        try {
            stream = open.get();
        } catch (RuntimeException e) {
            failed(endpoint, true, model, context, e);
            throw e;
        }
        Duration overhead = context.trace().overhead();
        Supplier<Usage> soFar =
                stream instanceof NormalizedStream normalized ? normalized::usageSoFar : () -> Usage.ZERO;
        return new RecordedStream(
                stream, context.trace(), soFar, outcome -> record(endpoint, true, model, context, outcome, overhead));
    }

    /** Like {@link #stream} for a streamed transcription: recorded when it is closed, with the tokens of its end. */
    TranscriptionStream transcription(RequestContext context, String model, Supplier<TranscriptionStream> open) {
        begin(Endpoint.TRANSCRIPTIONS, true, model, context);
        TranscriptionStream stream;
        try {
            stream = open.get();
        } catch (RuntimeException e) {
            failed(Endpoint.TRANSCRIPTIONS, true, model, context, e);
            throw e;
        }
        Duration overhead = context.trace().overhead();
        return new RecordedTranscription(
                stream,
                context.trace(),
                outcome -> record(Endpoint.TRANSCRIPTIONS, true, model, context, outcome, overhead));
    }

    /** How a call ended: its HTTP status, its failure's kind (null on success) and the tokens it used. */
    record Outcome(int status, @Nullable String failure, Usage usage) {

        static Outcome of(RuntimeException error) {
            return switch (error) {
                case ProviderException e ->
                    new Outcome(FailureStatus.of(e.failure()), FailureStatus.kind(e.failure()), Usage.ZERO);
                case IllegalArgumentException e -> new Outcome(400, "InvalidRequest", Usage.ZERO);
                default -> new Outcome(500, "Internal", Usage.ZERO);
            };
        }
    }

    private void begin(Endpoint endpoint, boolean streaming, String model, RequestContext context) {
        context.trace()
                .began(telemetry.request(
                        new RequestStart(context.requestId(), endpoint, model, streaming, context.traceParent())));
    }

    private void failed(
            Endpoint endpoint, boolean streaming, String model, RequestContext context, RuntimeException e) {
        record(
                endpoint,
                streaming,
                model,
                context,
                Outcome.of(e),
                context.trace().overhead());
    }

    private void record(
            Endpoint endpoint,
            boolean streaming,
            String requested,
            RequestContext context,
            Outcome outcome,
            Duration overhead) {
        RequestTrace trace = context.trace();
        trace.ended(outcome.usage(), outcome.failure(), overhead);
        @Nullable ModelRef served = trace.servedBy() != null ? trace.servedBy() : trace.tried();
        String provider = served != null
                ? served.provider().value()
                : context.provider() == null ? null : context.provider().value();
        String model = served != null ? served.model() : requested;
        var entry = new UsageRecord(
                clock.instant(),
                context.requestId(),
                context.client(),
                provider,
                model,
                trace.profile() == null ? null : trace.profile().value(),
                endpoint,
                streaming,
                outcome.status(),
                outcome.failure(),
                outcome.usage(),
                trace.elapsed(),
                streaming ? trace.timeToFirstToken() : null,
                overhead,
                prices.cost(model, outcome.usage()).orElse(null));
        queue.add(entry);
        trace.span().ended(entry);
    }
}

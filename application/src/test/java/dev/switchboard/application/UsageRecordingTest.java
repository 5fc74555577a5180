package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionUsage;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.UsageRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every use case call leaves one row in the usage ledger, streams included, whether the client asked for usage or not. */
class UsageRecordingTest {

    private static final ChatEvent.TextDelta HEL = new ChatEvent.TextDelta(0, "Hel");
    private static final ChatEvent.TextDelta LO = new ChatEvent.TextDelta(0, "lo");
    private static final ChatEvent.Finished STOP = new ChatEvent.Finished(0, FinishReason.STOP);

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider openai = factory.provider("openai");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "openai"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void records_a_whole_answer_with_its_provider_model_key_tokens_and_cost() {
        openai.replyWith(Replies.answer("gpt-4o", "hi"));
        var context = RequestContext.of("req-whole").withClient("...a1b2");

        gateway.chat(ChatRequests.userSays("openai/gpt-4o", "hello"), context);

        UsageRecord row = onlyRecord();
        assertThat(row.requestId()).isEqualTo("req-whole");
        assertThat(row.client()).isEqualTo("...a1b2");
        assertThat(row.provider()).isEqualTo("openai");
        assertThat(row.model()).isEqualTo("gpt-4o");
        assertThat(row.profile()).isEqualTo("anonymous");
        assertThat(row.endpoint()).isEqualTo(Endpoint.CHAT);
        assertThat(row.streaming()).isFalse();
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.failure()).isNull();
        assertThat(row.usage()).isEqualTo(Usage.of(5, 1));
        // 5 input tokens at $2.50 and 1 output token at $10 per million
        assertThat(row.cost()).isEqualByComparingTo("0.0000225");
        assertThat(row.timeToFirstToken()).isNull();
        assertThat(row.latency()).isGreaterThanOrEqualTo(row.overhead());
        assertThat(context.trace().usage()).isEqualTo(Usage.of(5, 1));
    }

    @Test
    void records_a_failure_with_its_kind_and_status_and_throws_it_on() {
        openai.failWith(new ProviderException(new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(3))));
        var context = RequestContext.of("req-limited");

        assertThatThrownBy(() -> gateway.embed(EmbeddingRequest.of("openai/text-embedding-3-small", "x"), context))
                .isInstanceOf(ProviderException.class);

        UsageRecord row = onlyRecord();
        assertThat(row.endpoint()).isEqualTo(Endpoint.EMBEDDINGS);
        assertThat(row.status()).isEqualTo(429);
        assertThat(row.failure()).isEqualTo("RateLimited");
        assertThat(row.provider()).isEqualTo("openai");
        assertThat(row.model()).isEqualTo("text-embedding-3-small");
        assertThat(row.usage()).isEqualTo(Usage.ZERO);
        assertThat(context.trace().failure()).isEqualTo("RateLimited");
    }

    @Test
    void records_an_unknown_model_with_the_name_the_client_gave() {
        assertThatThrownBy(() -> gateway.chat(ChatRequests.userSays("nowhere/model-x", "hi"), RequestContext.of("r")))
                .isInstanceOf(ProviderException.class);

        UsageRecord row = onlyRecord();
        assertThat(row.provider()).isNull();
        assertThat(row.model()).isEqualTo("nowhere/model-x");
        assertThat(row.status()).isEqualTo(404);
        assertThat(row.failure()).isEqualTo("ModelNotFound");
        assertThat(row.cost()).isNull();
    }

    @Test
    void records_a_stream_read_to_its_end_with_the_reported_usage_and_time_to_first_token() {
        openai.streamWith(List.of(HEL, LO, STOP, new ChatEvent.UsageReported(new Usage(9, 2, 4, 1, false))));
        var context = RequestContext.of("req-stream");

        try (ChatStream stream = gateway.streamChat(ChatRequests.userSays("openai/gpt-4o-mini", "hi"), context)) {
            stream.forEach(event -> {});
        }

        UsageRecord row = onlyRecord();
        assertThat(row.streaming()).isTrue();
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.failure()).isNull();
        assertThat(row.usage()).isEqualTo(new Usage(9, 2, 4, 1, false));
        assertThat(row.timeToFirstToken()).isNotNull().isLessThanOrEqualTo(row.latency());
        // 5 uncached at $0.15, 4 cached at $0.075, 2 output at $0.60 per million
        assertThat(row.cost()).isEqualByComparingTo("0.00000225");
    }

    @Test
    void estimates_the_usage_of_a_stream_whose_provider_reported_none() {
        openai.streamWith(List.of(HEL, LO, STOP));

        try (ChatStream stream =
                gateway.streamChat(ChatRequests.userSays("openai/gpt-4o", "hello there"), RequestContext.of("r"))) {
            stream.forEach(event -> {});
        }

        UsageRecord row = onlyRecord();
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.usage().estimated()).isTrue();
        assertThat(row.usage().promptTokens()).isPositive();
        assertThat(row.usage().completionTokens()).isPositive();
    }

    @Test
    void records_a_stream_closed_before_its_end_as_cut_with_the_tokens_known_so_far() {
        openai.streamWith(List.of(HEL, LO, STOP, new ChatEvent.UsageReported(Usage.of(9, 2))));
        var context = RequestContext.of("req-cut");

        try (ChatStream stream = gateway.streamChat(ChatRequests.userSays("openai/gpt-4o", "hi"), context)) {
            var events = stream.iterator();
            events.next(); // Started
            events.next(); // Hel: the client goes away here
        }

        UsageRecord row = onlyRecord();
        assertThat(row.status()).isEqualTo(UsageRecorder.CLIENT_CLOSED);
        assertThat(row.failure()).isEqualTo("ClientClosed");
        assertThat(row.usage().estimated()).isTrue();
        assertThat(row.usage().completionTokens()).isPositive();
        assertThat(row.timeToFirstToken()).isNotNull();
        assertThat(context.trace().failure()).isEqualTo("ClientClosed");
    }

    @Test
    void records_a_stream_that_failed_while_reading_with_the_failure() {
        openai.streamWith(List.of(HEL, LO, STOP))
                .failStreamAfter(1, new ProviderException(new ProviderFailure.Timeout("upstream stalled")));

        try (ChatStream stream =
                gateway.streamChat(ChatRequests.userSays("openai/gpt-4o", "hi"), RequestContext.of("r"))) {
            assertThatThrownBy(() -> stream.forEach(event -> {})).isInstanceOf(ProviderException.class);
        }

        UsageRecord row = onlyRecord();
        assertThat(row.status()).isEqualTo(504);
        assertThat(row.failure()).isEqualTo("Timeout");
    }

    @Test
    void records_a_stream_once_however_often_it_is_closed() {
        openai.streamWith(List.of(HEL, STOP));

        ChatStream stream = gateway.streamChat(ChatRequests.userSays("openai/gpt-4o", "hi"), RequestContext.of("r"));
        stream.forEach(event -> {});
        stream.close();
        stream.close();

        assertThat(records()).hasSize(1);
    }

    @Test
    void totals_include_the_records_still_queued() {
        openai.replyWith(Replies.answer("gpt-4o", "hi"));
        gateway.chat(ChatRequests.userSays("openai/gpt-4o", "hello"), RequestContext.of("r"));

        assertThat(gateway.usage()
                        .totals(new dev.switchboard.domain.usage.UsageQuery(
                                Instant.EPOCH, Instant.now().plusSeconds(60), java.util.Set.of())))
                .singleElement()
                .satisfies(total -> assertThat(total.requests()).isEqualTo(1));
    }

    @Test
    void records_a_streamed_transcription_with_the_tokens_of_its_end() {
        var done = new TranscriptionEvent.Done("ok", new TranscriptionUsage(14, 4, 10, 2, 16));
        openai.transcribeWith(Replies.streaming(List.of(new TranscriptionEvent.TextDelta("ok"), done)));
        var audio = new TranscriptionRequest(
                "openai/gpt-4o-transcribe", new byte[] {82, 73, 70, 70}, "a.wav", null, null, null, null, List.of());

        try (var stream = gateway.streamTranscription(audio, RequestContext.of("req-heard"))) {
            stream.forEach(event -> {});
        }

        UsageRecord row = onlyRecord();
        assertThat(row.requestId()).isEqualTo("req-heard");
        assertThat(row.endpoint()).isEqualTo(Endpoint.TRANSCRIPTIONS);
        assertThat(row.streaming()).isTrue();
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.usage()).isEqualTo(Usage.of(14, 2));
        assertThat(row.timeToFirstToken()).isNotNull();
    }

    @Test
    void records_a_streamed_transcription_closed_early_as_client_closed() {
        openai.transcribeWith(Replies.streaming(Replies.transcriptEvents()));
        var audio = new TranscriptionRequest(
                "openai/gpt-4o-transcribe", new byte[] {82, 73, 70, 70}, "a.wav", null, null, null, null, List.of());

        try (var stream = gateway.streamTranscription(audio, RequestContext.of("req-left"))) {
            stream.iterator().next();
        }

        UsageRecord row = onlyRecord();
        assertThat(row.status()).isEqualTo(499);
        assertThat(row.failure()).isEqualTo("ClientClosed");
    }

    private UsageRecord onlyRecord() {
        List<UsageRecord> records = records();
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private List<UsageRecord> records() {
        return gateway.usage().records(Instant.EPOCH, Instant.now().plusSeconds(60), 100);
    }
}

package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompleteTextTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider openai = factory.provider("openai");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "openai"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void routes_the_request_under_the_providers_own_model_name() {
        gateway.complete(CompletionRequest.of("openai/davinci-002", "Say this"), CONTEXT);

        assertThat(openai.calls(FakeCall.Text.class)).singleElement().satisfies(call -> {
            assertThat(call.request().model()).isEqualTo("davinci-002");
            assertThat(call.request().prompts()).containsExactly("Say this");
            assertThat(call.context().requestId()).isEqualTo("req-1");
        });
    }

    @Test
    void the_answer_gets_a_completion_id_and_keeps_reported_usage() {
        var answer = gateway.complete(CompletionRequest.of("openai/davinci-002", "Say this"), CONTEXT);

        assertThat(answer.id()).isEqualTo("cmpl-" + Replies.ID);
        assertThat(answer.created()).isEqualTo(Replies.CREATED);
        assertThat(answer.usage()).isEqualTo(Usage.of(5, 1));
    }

    @Test
    void a_sloppy_answer_gets_a_generated_id_seconds_and_estimated_usage() {
        openai.completeTextWith(request -> new CompletionResponse(
                "",
                1_700_000_000_000L,
                request.model(),
                List.of(new CompletionResponse.Choice(0, "This is a test", FinishReason.STOP, null)),
                Usage.ZERO));
        var request = new CompletionRequest(
                "openai/davinci-002", List.of("Say", "this"), Sampling.DEFAULTS, null, null, null, null, Map.of());

        var answer = gateway.complete(request, CONTEXT);

        assertThat(answer.id()).matches("cmpl-[A-Za-z0-9]{29}");
        assertThat(answer.created()).isEqualTo(1_700_000_000L);
        // "Say\nthis" is 8 characters: 2 tokens; "This is a test" is 14: 4 tokens.
        assertThat(answer.usage()).isEqualTo(new Usage(2, 4, 0, 0, true));
    }

    @Test
    void a_text_stream_starts_with_a_completion_id_and_ends_with_usage() {
        openai.streamWith(List.of(
                new ChatEvent.Started("abc", "davinci-002"),
                new ChatEvent.TextDelta(0, "This is"),
                new ChatEvent.Finished(0, FinishReason.STOP)));
        var events = new ArrayList<ChatEvent>();

        try (var stream = gateway.streamCompletion(CompletionRequest.of("openai/davinci-002", "Say this"), CONTEXT)) {
            stream.forEach(events::add);
        }

        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("cmpl-abc", "davinci-002"),
                        new ChatEvent.TextDelta(0, "This is"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(new Usage(2, 2, 0, 0, true)));
        assertThat(openai.calls(FakeCall.TextStreamed.class)
                        .getFirst()
                        .request()
                        .model())
                .isEqualTo("davinci-002");
        assertThat(openai.streams().getFirst().isClosed()).isTrue();
    }

    @Test
    void a_text_stream_without_a_start_gets_a_generated_completion_id() {
        openai.streamWith(List.of(new ChatEvent.TextDelta(0, "x")));

        try (var stream = gateway.streamCompletion(CompletionRequest.of("openai/davinci-002", "p"), CONTEXT)) {
            var first = stream.iterator().next();

            assertThat(first).isInstanceOfSatisfying(ChatEvent.Started.class, started -> {
                assertThat(started.id()).matches("cmpl-[A-Za-z0-9]{29}");
                assertThat(started.model()).isEqualTo("davinci-002");
            });
        }
    }
}

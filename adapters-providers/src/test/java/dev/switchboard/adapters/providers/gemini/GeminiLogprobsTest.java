package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.json;
import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.sent;
import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.value;
import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ModelProvider;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code logprobs} and {@code top_logprobs} to Gemini's switches, and {@code logprobsResult} back in OpenAI's shape. */
class GeminiLogprobsTest {

    /** What {@code gemini/streams/logprobs.sse} and {@code responses/logprobs.json} say of their first token. */
    static final String HELLO = """
            {"token":"Hello","logprob":-0.0123,"bytes":[72,101,108,108,111],"top_logprobs":[
              {"token":"Hello","logprob":-0.0123,"bytes":[72,101,108,108,111]},
              {"token":"Hi","logprob":-4.5,"bytes":[72,105]}]}
            """;
    /** Its second token: certain, so Google's JSON leaves out its log probability. */
    static final String WORLD = """
            {"token":" wörld","logprob":0,"bytes":[32,119,195,182,114,108,100],"top_logprobs":[]}
            """;

    private StubUpstream stub;
    private ModelProvider gemini;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        gemini = new GeminiProviderFactory()
                .create(settings("gemini", "gemini", "base_url", stub.base("").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private static ChatRequest asking(@Nullable Boolean logprobs, @Nullable Integer top) {
        return ChatRequest.builder("gemini-2.5-flash")
                .message(Message.user("hi"))
                .sampling(new Sampling(null, null, null, null, null, List.of(), null, null, logprobs, top))
                .build();
    }

    @ParameterizedTest(name = "logprobs={0}, top_logprobs={1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        true  | 3    | {"responseLogprobs":true,"logprobs":3}
        true  | null | {"responseLogprobs":true}
        true  | 0    | {"responseLogprobs":true}
        false | 5    | {}
        null  | null | {}
        """)
    void asks_for_log_probabilities_in_the_generation_config(
            @Nullable Boolean logprobs, @Nullable Integer top, String config) {
        var body = GeminiMapper.body(asking(logprobs, top));

        var generation = body.path("generationConfig");
        assertThat(generation.isMissingNode() ? json("{}") : sent(generation)).isEqualTo(json(config));
    }

    @Test
    void maps_a_whole_answers_logprobs_result_to_openai_logprobs_per_choice() {
        stub.on(GeminiResponsesTest.PATH, Replies.json(200, resource("gemini/responses/logprobs.json")));

        var response = gemini.complete(asking(true, 2), withKey());

        assertThat(response.choices().getFirst().logprobs())
                .isEqualTo(value("{\"content\":[" + HELLO + "," + WORLD + "],\"refusal\":null}"));
        assertThat(response.message().content()).isEqualTo("Hello wörld");
    }

    @Test
    void an_answer_without_logprobs_result_has_no_logprobs() {
        stub.on(GeminiResponsesTest.PATH, Replies.json(200, resource("gemini/responses/text.json")));

        assertThat(gemini.complete(asking(null, null), withKey())
                        .choices()
                        .getFirst()
                        .logprobs())
                .isNull();
    }

    @Test
    void streams_each_chunks_logprobs_after_its_text() {
        stub.on(GeminiStreamReplayTest.PATH, sse(resource("gemini/streams/logprobs.sse")));

        var events = drain(gemini.stream(asking(true, 2), withKey()));

        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("lp-1", "gemini-2.5-flash"),
                        new ChatEvent.TextDelta(0, "Hello"),
                        new ChatEvent.Logprobs(0, value("{\"content\":[" + HELLO + "],\"refusal\":null}")),
                        new ChatEvent.TextDelta(0, " wörld"),
                        new ChatEvent.Logprobs(0, value("{\"content\":[" + WORLD + "],\"refusal\":null}")),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(2, 2)));
    }
}

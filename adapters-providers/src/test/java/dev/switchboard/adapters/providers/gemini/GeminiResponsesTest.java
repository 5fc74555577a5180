package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Contexts.KEY;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole {@code generateContent} answers in, the domain response out. */
class GeminiResponsesTest {

    static final String NOW_STREAM_ID = "call_2bbfb05e73d10864a790045a";
    static final String NOW_ID = "call_1a9f609602b2a47cce8dd610";
    static final String WEATHER_ID = "call_730f1ab82f01d2bcd28095ff";
    static final String PATH = "/v1beta/models/gemini-2.5-flash:generateContent";
    static final ChatRequest REQUEST = ChatRequest.of("gemini-2.5-flash", Message.user("hi"));

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

    private dev.switchboard.domain.chat.ChatResponse answer(String file) {
        stub.on(PATH, json(200, resource("gemini/responses/" + file)));
        return gemini.complete(REQUEST, withKey());
    }

    @Test
    void text_is_the_content_and_usage_counts_the_cached_tokens() {
        var response = answer("text.json");

        assertThat(response.id()).isEqualTo("38CHaLjMG6TujrEPtvTiuQk");
        assertThat(response.model()).isEqualTo("gemini-2.0-flash");
        assertThat(response.message().content()).isEqualTo("The capital of Wyoming is **Cheyenne**.\n");
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new Usage(7, 10, 4, 0, false));
        var sent = stub.last();
        assertThat(sent.header("x-goog-api-key")).isEqualTo(KEY);
        assertThat(sent.query()).isNull();
        assertThat(sent.header("x-request-id")).isEqualTo("req-42");
    }

    @Test
    void function_calls_get_stable_ids_json_arguments_and_the_tool_calls_finish() {
        var response = answer("thinking-function-call.json");

        var message = response.message();
        assertThat(message.content()).isNull();
        assertThat(message.toolCalls())
                .containsExactly(
                        new ToolCall(NOW_ID, "now", "{}"),
                        new ToolCall(WEATHER_ID, "get_weather", "{\"city\":\"Paris\",\"days\":2}"));
        assertThat(message.reasoning())
                .isEqualTo("**Thinking Through the New Year's Eve Calculation**\n\n"
                        + "Okay, so the user wants to know how many days until New Year's Eve.");
        assertThat(message.reasoningBlocks())
                .containsExactly(
                        new ReasoningBlock.Thinking(message.reasoning(), "CtQOAVSoXO74PmYr9AFurEIJNTAtfagOIxtRA5Fc"));
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(response.usage()).isEqualTo(new Usage(38, 509, 0, 501, false));
        assertThat(answer("thinking-function-call.json").message().toolCalls()).isEqualTo(message.toolCalls());
    }

    @Test
    void each_candidate_is_a_choice_with_its_own_finish() {
        var response = answer("two-candidates.json");

        assertThat(response.choices()).hasSize(3);
        assertThat(response.choices().get(1).message().content()).isEqualTo("Blue, then");
        assertThat(response.choices())
                .extracting(choice -> choice.finishReason())
                .containsExactly(FinishReason.STOP, FinishReason.LENGTH, FinishReason.CONTENT_FILTER);
    }

    @Test
    void a_blocked_prompt_is_an_invalid_request_naming_the_reason() {
        assertThatThrownBy(() -> answer("prompt-blocked.json"))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.InvalidRequest(
                                        "Gemini blocked the prompt (blockReason PROHIBITED_CONTENT)", "messages")));
    }

    @Test
    void an_answer_without_candidates_or_block_reason_is_malformed() {
        stub.on(PATH, json(200, "{\"usageMetadata\":{}}"));

        assertThatThrownBy(() -> gemini.complete(REQUEST, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }

    @Test
    void a_function_call_without_a_name_is_malformed() {
        stub.on(PATH, json(200, "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"args\":{}}}]}}]}"));

        assertThatThrownBy(() -> gemini.complete(REQUEST, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }
}

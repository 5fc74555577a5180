package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompleteChatTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider openai = factory.provider("openai");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "openai"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void the_provider_receives_the_request_normalized_under_its_own_model_name() {
        gateway.chat(ChatRequests.afterToolCall("openai/gpt-4o"), CONTEXT);

        var received = openai.calls(FakeCall.Chat.class).getFirst().request();
        assertThat(received.model()).isEqualTo("gpt-4o");
        assertThat(received.messages().get(1)).isInstanceOfSatisfying(Message.AssistantMessage.class, turn -> {
            assertThat(turn.content()).isNull();
            assertThat(turn.toolCalls()).hasSize(1);
        });
        assertThat(received.tools()).containsExactly(ChatRequests.weatherTool());
    }

    @Test
    void a_well_behaved_answer_comes_back_with_a_chat_id_and_as_reported() {
        openai.replyWith(Replies.answer("gpt-4o-2024-08-06", "Paris."));

        var answer = gateway.chat(ChatRequests.userSays("openai/gpt-4o", "Capital of France?"), CONTEXT);

        assertThat(answer.id()).isEqualTo("chatcmpl-" + Replies.ID);
        assertThat(answer.created()).isEqualTo(Replies.CREATED);
        assertThat(answer.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(answer.message().content()).isEqualTo("Paris.");
        assertThat(answer.usage()).isEqualTo(Usage.of(5, 1));
    }

    @Test
    void a_sloppy_answer_gets_an_id_a_timestamp_and_estimated_usage() {
        openai.replyWith(Replies.bare("gpt-4o", "Paris is the capital."));
        long before = Instant.now().getEpochSecond();

        var answer = gateway.chat(ChatRequests.userSays("openai/gpt-4o", "Capital of France?"), CONTEXT);

        assertThat(answer.id()).matches("chatcmpl-[A-Za-z0-9]{29}");
        assertThat(answer.created()).isBetween(before, Instant.now().getEpochSecond());
        // 18 characters asked: 5 tokens; 21 answered: 6 tokens.
        assertThat(answer.usage()).isEqualTo(new Usage(5, 6, 0, 0, true));
    }

    @Test
    void a_timestamp_in_milliseconds_comes_back_in_seconds() {
        openai.replyWith(new ChatResponse(
                "abc",
                1_700_000_000_123L,
                "m",
                List.of(Choice.of(Message.assistant("x"), FinishReason.STOP)),
                Usage.of(1, 1),
                null));

        var answer = gateway.chat(ChatRequests.userSays("openai/m", "hi"), CONTEXT);

        assertThat(answer.created()).isEqualTo(1_700_000_000L);
        assertThat(answer.id()).isEqualTo("chatcmpl-abc");
    }

    @Test
    void an_answer_that_only_calls_a_tool_has_no_content() {
        openai.replyWith(Replies.toolCall("gpt-4o", "get_weather", "{\"city\":\"Paris\"}"));

        var answer = gateway.chat(ChatRequests.userSays("openai/gpt-4o", "Weather?"), CONTEXT);

        assertThat(answer.message().content()).isNull();
        assertThat(answer.message().toolCalls())
                .singleElement()
                .satisfies(call -> assertThat(call.name()).isEqualTo("get_weather"));
        assertThat(answer.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void an_upstream_failure_reaches_the_caller_unchanged() {
        var limited = new ProviderException(new ProviderFailure.RateLimited("slow down", null));
        openai.failWith(limited);

        assertThatThrownBy(() -> gateway.chat(ChatRequests.userSays("openai/gpt-4o", "hi"), CONTEXT))
                .isSameAs(limited);
    }

    @Test
    void the_call_carries_the_request_id_and_no_key_when_none_is_configured() {
        gateway.chat(ChatRequests.userSays("openai/gpt-4o", "hi"), RequestContext.of("trace-42"));

        var context = openai.calls().getFirst().context();
        assertThat(context.requestId()).isEqualTo("trace-42");
        assertThat(context.credential()).isEqualTo(new Credential.Anonymous(new ProfileId("anonymous")));
    }
}

package dev.switchboard.adapters.providers.mock;

import static dev.switchboard.adapters.providers.mock.MockSetup.context;
import static dev.switchboard.adapters.providers.mock.MockSetup.provider;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MockChatTest {

    private static final ToolDefinition WEATHER =
            ToolDefinition.function("weather", "The weather", JsonValue.emptyObject());
    private static final ToolDefinition TIME = ToolDefinition.function("time", "The time", JsonValue.emptyObject());

    @Test
    void echoes_the_last_user_message() {
        var request = ChatRequest.of(
                "echo",
                Message.system("be brief"),
                Message.user("first question"),
                Message.assistant("an answer"),
                Message.user("hello mock world"));

        ChatResponse response = provider().complete(request, context());

        assertThat(response.message().content()).isEqualTo("hello mock world");
        assertThat(response.model()).isEqualTo("echo");
        assertThat(response.choices()).extracting(Choice::finishReason).containsExactly(FinishReason.STOP);
        assertThat(response.id()).startsWith("mock-");
        assertThat(response.created()).isZero();
    }

    @Test
    void answers_with_the_configured_reply() {
        var response =
                provider("reply", "Always this.").complete(ChatRequest.of("echo", Message.user("hi")), context());

        assertThat(response.message().content()).isEqualTo("Always this.");
    }

    @Test
    void says_no_text_when_the_user_said_nothing_in_words() {
        var imageOnly = Message.user(List.of(ContentPart.image("https://example.com/cat.png")));

        assertThat(provider()
                        .complete(ChatRequest.of("echo", imageOnly), context())
                        .message()
                        .content())
                .isEqualTo(MockReply.NO_TEXT);
        assertThat(provider()
                        .complete(ChatRequest.of("echo", Message.system("only a system")), context())
                        .message()
                        .content())
                .isEqualTo(MockReply.NO_TEXT);
    }

    @Test
    void answers_any_model_name_and_gives_each_response_its_own_id() {
        var mock = provider();

        var first = mock.complete(ChatRequest.of("gpt-4o", Message.user("a")), context());
        var second = mock.complete(ChatRequest.of("gpt-4o", Message.user("a")), context());

        assertThat(first.model()).isEqualTo("gpt-4o");
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void gives_n_equal_choices_and_counts_their_tokens() {
        var request = ChatRequest.builder("echo")
                .message(Message.user("one two three"))
                .sampling(sampling(3, null))
                .build();

        var response = provider().complete(request, context());

        assertThat(response.choices()).extracting(Choice::index).containsExactly(0, 1, 2);
        assertThat(response.choices())
                .allSatisfy(c -> assertThat(c.message().content()).isEqualTo("one two three"));
        assertThat(response.usage()).isEqualTo(Usage.of(3, 9));
        assertThat(response.usage().estimated()).isFalse();
    }

    @Test
    void cuts_the_answer_at_max_tokens_counted_in_words() {
        var request = ChatRequest.builder("echo")
                .message(Message.user("one two three four five"))
                .sampling(sampling(null, 2))
                .build();

        var response = provider().complete(request, context());

        assertThat(response.message().content()).isEqualTo("one two");
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.usage()).isEqualTo(Usage.of(5, 2));
    }

    @Test
    void stops_normally_when_the_answer_fits_max_tokens() {
        var request = ChatRequest.builder("echo")
                .message(Message.user("one two"))
                .sampling(sampling(null, 2))
                .build();

        assertThat(provider().complete(request, context()).choices().getFirst().finishReason())
                .isEqualTo(FinishReason.STOP);
    }

    @Test
    void calls_the_first_tool_when_tool_choice_is_required() {
        var response = provider().complete(withTools("echo", ToolChoice.REQUIRED, "what is \"it\""), context());

        assertThat(response.message().toolCalls())
                .containsExactly(new ToolCall("call_mock_0", "weather", "{\"input\":\"what is \\\"it\\\"\"}"));
        assertThat(response.message().content()).isNull();
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void calls_the_tool_that_tool_choice_names() {
        var response = provider().complete(withTools("echo", new ToolChoice.Function("time"), "now"), context());

        assertThat(response.message().toolCalls()).extracting(ToolCall::name).containsExactly("time");
    }

    @Test
    void the_scripted_model_calls_a_tool_unless_tool_choice_forbids_it() {
        var mock = provider();

        assertThat(mock.complete(withTools("scripted", null, "x"), context())
                        .message()
                        .toolCalls())
                .hasSize(1);
        assertThat(mock.complete(withTools("scripted", ToolChoice.AUTO, "x"), context())
                        .message()
                        .toolCalls())
                .hasSize(1);
        assertThat(mock.complete(withTools("scripted", ToolChoice.NONE, "x"), context())
                        .message()
                        .toolCalls())
                .isEmpty();
    }

    @Test
    void other_models_answer_in_text_when_tool_choice_leaves_it_open() {
        var response = provider().complete(withTools("echo", ToolChoice.AUTO, "plain"), context());

        assertThat(response.message().toolCalls()).isEmpty();
        assertThat(response.message().content()).isEqualTo("plain");
    }

    @Test
    void counts_tool_arguments_as_the_answer_tokens() {
        var response = provider().complete(withTools("echo", ToolChoice.REQUIRED, "two words"), context());

        assertThat(response.usage()).isEqualTo(Usage.of(2, 2));
    }

    static ChatRequest withTools(String model, @Nullable ToolChoice choice, String text) {
        return ChatRequest.builder(model)
                .message(Message.user(text))
                .tools(List.of(WEATHER, TIME))
                .toolChoice(choice)
                .build();
    }

    static Sampling sampling(@Nullable Integer n, @Nullable Integer maxTokens) {
        return new Sampling(null, null, maxTokens, null, null, List.of(), null, n, null, null);
    }
}

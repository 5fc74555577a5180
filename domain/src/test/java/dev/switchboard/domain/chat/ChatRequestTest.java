package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatRequestTest {

    private static final ToolDefinition WEATHER =
            ToolDefinition.function("get_weather", "Weather in a city", JsonValue.emptyObject());

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void rejects_a_blank_model(String model) {
        assertThatThrownBy(() -> ChatRequest.of(model, Message.user("hi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model must not be blank");
    }

    @Test
    void rejects_no_messages() {
        assertThatThrownBy(() -> ChatRequest.of("m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("messages must not be empty");
    }

    @Test
    void rejects_missing_sampling() {
        assertThatThrownBy(() -> ChatRequest.builder("m")
                        .message(Message.user("hi"))
                        .sampling(null)
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sampling");
    }

    @Test
    void rejects_a_tool_choice_naming_a_function_that_is_not_offered() {
        var builder = ChatRequest.builder("m").message(Message.user("hi")).tools(List.of(WEATHER));

        assertThatThrownBy(() ->
                        builder.toolChoice(new ToolChoice.Function("get_time")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tool_choice names function 'get_time', which is not in tools");
    }

    @Test
    void accepts_a_tool_choice_naming_an_offered_function() {
        var request = ChatRequest.builder("m")
                .message(Message.user("hi"))
                .tools(List.of(WEATHER))
                .toolChoice(new ToolChoice.Function("get_weather"))
                .build();

        assertThat(request.toolChoice()).isEqualTo(new ToolChoice.Function("get_weather"));
    }

    @Test
    void a_request_of_messages_sets_nothing_else() {
        var request = ChatRequest.of("gpt-4o", Message.user("hi"));

        assertThat(request.model()).isEqualTo("gpt-4o");
        assertThat(request.messages()).containsExactly(Message.user("hi"));
        assertThat(request.sampling()).isEqualTo(Sampling.DEFAULTS);
        assertThat(request.tools()).isEmpty();
        assertThat(request.toolChoice()).isNull();
        assertThat(request.parallelToolCalls()).isNull();
        assertThat(request.responseFormat()).isNull();
        assertThat(request.reasoningEffort()).isNull();
        assertThat(request.user()).isNull();
        assertThat(request.metadata()).isEmpty();
        assertThat(request.extensions()).isEmpty();
    }

    @Test
    void the_builder_sets_every_part() {
        var sampling = new Sampling(0.2, null, 100, null, null, List.of("END"), 1L, 2, null, null);
        var request = ChatRequest.builder("m")
                .messages(List.of(Message.system("be brief"), Message.user("hi")))
                .sampling(sampling)
                .tools(List.of(WEATHER))
                .toolChoice(ToolChoice.REQUIRED)
                .parallelToolCalls(false)
                .responseFormat(ResponseFormat.JSON_OBJECT)
                .reasoningEffort(ReasoningEffort.LOW)
                .user("user-1")
                .metadata(Map.of("team", "a"))
                .extension("top_k", JsonValue.Num.of(40))
                .build();

        assertThat(request.messages()).hasSize(2);
        assertThat(request.sampling()).isEqualTo(sampling);
        assertThat(request.tools()).containsExactly(WEATHER);
        assertThat(request.toolChoice()).isEqualTo(ToolChoice.REQUIRED);
        assertThat(request.parallelToolCalls()).isFalse();
        assertThat(request.responseFormat()).isEqualTo(ResponseFormat.JSON_OBJECT);
        assertThat(request.reasoningEffort()).isEqualTo(ReasoningEffort.LOW);
        assertThat(request.user()).isEqualTo("user-1");
        assertThat(request.metadata()).containsExactly(Map.entry("team", "a"));
        assertThat(request.extensions()).containsExactly(Map.entry("top_k", JsonValue.Num.of(40)));
    }

    @Test
    void keeps_extensions_in_the_order_given() {
        var request = ChatRequest.builder("m")
                .message(Message.user("hi"))
                .extension("z", JsonValue.NULL)
                .extension("a", JsonValue.NULL)
                .extension("m", JsonValue.NULL)
                .build();

        assertThat(request.extensions().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void copies_its_lists_and_maps() {
        var messages = new ArrayList<Message>(List.of(Message.user("hi")));
        var request = ChatRequest.builder("m").messages(messages).build();

        messages.add(Message.user("more"));

        assertThat(request.messages()).hasSize(1);
        assertThatThrownBy(() -> request.messages().add(Message.user("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.extensions().put("x", JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void with_model_and_with_messages_change_only_that_part() {
        var request = ChatRequest.builder("openai/gpt-4o")
                .message(Message.user("hi"))
                .user("u")
                .extension("x", JsonValue.of("y"))
                .build();

        var routed = request.withModel("gpt-4o");
        var rewritten = request.withMessages(List.of(Message.user("bye")));

        assertThat(routed.model()).isEqualTo("gpt-4o");
        assertThat(routed.withModel("openai/gpt-4o")).isEqualTo(request);
        assertThat(rewritten.messages()).containsExactly(Message.user("bye"));
        assertThat(rewritten.withMessages(request.messages())).isEqualTo(request);
    }

    @Test
    void with_model_still_checks_the_model() {
        assertThatThrownBy(() -> ChatRequest.of("m", Message.user("hi")).withModel(""))
                .hasMessage("model must not be blank");
    }
}

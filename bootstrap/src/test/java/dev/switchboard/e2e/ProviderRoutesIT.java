package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.models.Model;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code /{provider}/v1} routes, where an SDK client's base URL names the provider and model ids are the
 * provider's own; Azure's v1 URL style; and what travels upstream besides the body: the client's request id, never
 * the client's key.
 */
@ExtendWith(SharedFamilyGateway.class)
class ProviderRoutesIT {

    private final FamilyGateway switchboard;

    ProviderRoutesIT(FamilyGateway switchboard) {
        this.switchboard = switchboard;
    }

    @AfterEach
    void the_upstream_received_only_well_formed_requests() {
        assertThat(switchboard.stub().takeProblems()).as(switchboard::log).isEmpty();
    }

    @ParameterizedTest(name = "for {0}")
    @EnumSource(Family.class)
    void answers_a_chat_completion_on_the_providers_own_route(Family family) {
        ChatCompletion completion =
                switchboard.client(family.type()).chat().completions().create(ask(family.chatModel()));

        assertThat(completion.choices().getFirst().message().content()).hasValue(ChatReplies.GREETING);
        assertThat(switchboard
                        .stub()
                        .last(family, "chat/completions")
                        .json()
                        .path("model")
                        .asText())
                .isEqualTo(family.chatModel());
    }

    @ParameterizedTest(name = "for {0}")
    @EnumSource(Family.class)
    void lists_the_providers_own_model_ids_on_its_route(Family family) {
        List<String> ids = switchboard.client(family.type()).models().list().data().stream()
                .map(Model::id)
                .toList();

        assertThat(ids).containsExactlyInAnyOrderElementsOf(family.listedModels());
    }

    @Test
    void streams_parallel_tool_calls_from_azure_through_its_own_route() {
        var params = ChatCompletionCreateParams.builder()
                .model("gpt-4o")
                .addUserMessage("Weather in Edinburgh, and Apple's share price?")
                .addTool(SdkRequests.tool("get_weather"))
                .addTool(SdkRequests.tool("get_stock_price"))
                .build();
        var accumulator = ChatCompletionAccumulator.create();
        try (var stream = switchboard.client("azure").chat().completions().createStreaming(params)) {
            stream.stream().forEach(accumulator::accumulate);
        }

        var calls = accumulator
                .chatCompletion()
                .choices()
                .getFirst()
                .message()
                .toolCalls()
                .orElseThrow();
        assertThat(calls)
                .extracting(call -> call.asFunction().function().arguments())
                .containsExactly(ChatReplies.WEATHER_ARGUMENTS, ChatReplies.STOCK_ARGUMENTS);
        assertThat(calls).extracting(ChatCompletionMessageToolCall::isFunction).containsOnly(true);
    }

    @Test
    void sends_the_deployment_as_the_model_in_azures_v1_style() {
        ChatCompletion completion =
                switchboard.client(FamilyGateway.AZURE_V1).chat().completions().create(ask("gpt-4o"));

        assertThat(completion.choices().getFirst().message().content()).hasValue(ChatReplies.GREETING);
        var sent = switchboard.stub().last(Family.AZURE, "chat/completions");
        assertThat(sent.json().path("model").asText()).isEqualTo("chat-prod");
        assertThat(sent.query()).as("the v1 style has no api-version").isEmpty();
    }

    @Test
    void carries_the_clients_request_id_upstream() {
        var params = ChatCompletionCreateParams.builder()
                .model("openai/gpt-4o-mini")
                .addUserMessage("Say hello")
                .putAdditionalHeader("X-Request-ID", "e2e-trace-4711")
                .build();

        switchboard.client().chat().completions().create(params);

        assertThat(switchboard.stub().last(Family.OPENAI, "chat/completions").header("X-Request-ID"))
                .isEqualTo("e2e-trace-4711");
    }

    @Test
    void never_sends_the_clients_own_key_upstream() {
        switchboard.client("openai-compatible").chat().completions().create(ask("qwen2.5-7b-instruct"));

        assertThat(switchboard.stub().calls())
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.headers().toString()).doesNotContain(FamilyGateway.CLIENT_KEY));
    }

    private static ChatCompletionCreateParams ask(String model) {
        return ChatCompletionCreateParams.builder()
                .model(model)
                .addUserMessage("Say hello")
                .build();
    }
}

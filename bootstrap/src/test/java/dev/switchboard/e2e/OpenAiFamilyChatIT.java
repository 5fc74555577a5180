package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chat completions, whole and streamed, from each OpenAI-family provider type through the packaged gateway, as the
 * official OpenAI Java SDK sees them: what the upstream wrote arrives unchanged, and what the gateway sent upstream
 * is the family's dialect.
 */
@ExtendWith(SharedFamilyGateway.class)
class OpenAiFamilyChatIT {

    private final FamilyGateway switchboard;
    private final OpenAIClient client;

    OpenAiFamilyChatIT(FamilyGateway switchboard) {
        this.switchboard = switchboard;
        this.client = switchboard.client();
    }

    @AfterEach
    void the_upstream_received_only_well_formed_requests() {
        assertThat(switchboard.stub().takeProblems()).as(switchboard::log).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void answers_a_chat_completion_through_switchboard(Family family) {
        ChatCompletion completion = client.chat()
                .completions()
                .create(ask(family).maxCompletionTokens(64).build());

        var choice = completion.choices().getFirst();
        assertThat(choice.message().content()).hasValue(ChatReplies.GREETING);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(completion.model()).isEqualTo(family.answeringModel(family.chatModel()));
        assertThat(completion.usage()).hasValueSatisfying(usage -> assertTokens(usage, 19, 10));
        JsonNode sent = switchboard.stub().last(family, "chat/completions").json();
        assertThat(sent.path("model").asText()).isEqualTo(family.chatModel());
        assertThat(sent.path("messages").get(0).path("content").asText()).isEqualTo("Say hello");
        String limitField = family == Family.COMPATIBLE ? "max_tokens" : "max_completion_tokens";
        assertThat(sent.path(limitField).asInt()).isEqualTo(64);
        assertThat(sent.has("stream") && sent.get("stream").asBoolean()).isFalse();
    }

    @Test
    void relays_the_reasoning_cerebras_writes_as_reasoning_content() {
        ChatCompletion completion =
                client.chat().completions().create(ask(Family.CEREBRAS).build());

        JsonValue reasoning = completion
                .choices()
                .getFirst()
                .message()
                ._additionalProperties()
                .get("reasoning_content");
        assertThat(reasoning).isNotNull();
        assertThat(reasoning.convert(String.class)).isEqualTo(ChatReplies.REASONING);
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void streams_text_and_the_usage_chunk_through_switchboard(Family family) {
        var options = ChatCompletionStreamOptions.builder().includeUsage(true).build();
        List<ChatCompletionChunk> chunks =
                stream(ask(family).streamOptions(options).build());

        String text = chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .flatMap(choice -> choice.delta().content().stream())
                .collect(Collectors.joining());
        assertThat(text).isEqualTo(ChatReplies.GREETING);
        assertThat(finishReasons(chunks)).containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
        assertThat(chunks.getLast().choices()).isEmpty();
        assertThat(chunks.getLast().usage()).hasValueSatisfying(usage -> assertTokens(usage, 19, 10));
        assertThat(chunks.stream().map(ChatCompletionChunk::id).distinct()).hasSize(1);
        JsonNode sent = switchboard.stub().last(family, "chat/completions").json();
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(sent.at("/stream_options/include_usage").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void streams_parallel_tool_calls_through_switchboard(Family family) throws IOException {
        var params = ask(family)
                .addTool(SdkRequests.tool("get_weather"))
                .addTool(SdkRequests.tool("get_stock_price"))
                .parallelToolCalls(true)
                .build();
        List<ChatCompletionChunk> chunks = stream(params);
        var accumulator = ChatCompletionAccumulator.create();
        chunks.forEach(accumulator::accumulate);

        var choice = accumulator.chatCompletion().choices().getFirst();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        List<ChatCompletionMessageFunctionToolCall> calls = choice.message().toolCalls().orElseThrow().stream()
                .map(ChatCompletionMessageToolCall::asFunction)
                .toList();
        assertThat(calls)
                .extracting(ChatCompletionMessageFunctionToolCall::id)
                .containsExactly(ChatReplies.WEATHER_CALL, ChatReplies.STOCK_CALL);
        assertThat(calls).extracting(call -> call.function().name()).containsExactly("get_weather", "get_stock_price");
        assertThat(json(calls.get(0).function().arguments())).isEqualTo(json(ChatReplies.WEATHER_ARGUMENTS));
        assertThat(json(calls.get(1).function().arguments())).isEqualTo(json(ChatReplies.STOCK_ARGUMENTS));
        assertThat(argumentFragments(chunks, 0)).isEqualTo(ChatReplies.WEATHER_PIECES.size());
        assertThat(chunks)
                .as("no usage chunk unless the client asks")
                .allSatisfy(chunk -> assertThat(chunk.usage()).isEmpty());
        JsonNode sent = switchboard.stub().last(family, "chat/completions").json();
        assertThat(sent.path("tools").findValuesAsText("name")).containsExactly("get_weather", "get_stock_price");
        assertThat(sent.path("parallel_tool_calls").asBoolean()).isTrue();
    }

    private static ChatCompletionCreateParams.Builder ask(Family family) {
        return ChatCompletionCreateParams.builder()
                .model(family.type() + "/" + family.chatModel())
                .addUserMessage("Say hello");
    }

    private List<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(params)) {
            return stream.stream().toList();
        }
    }

    private static List<ChatCompletionChunk.Choice.FinishReason> finishReasons(List<ChatCompletionChunk> chunks) {
        return chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .flatMap(choice -> choice.finishReason().stream())
                .toList();
    }

    /** How many chunks carried a piece of the arguments of the tool call at {@code index}. */
    private static long argumentFragments(List<ChatCompletionChunk> chunks, long index) {
        return chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .flatMap(choice -> choice.delta().toolCalls().stream().flatMap(List::stream))
                .filter(call -> call.index() == index)
                .filter(call -> call.function()
                        .flatMap(f -> f.arguments())
                        .filter(a -> !a.isEmpty())
                        .isPresent())
                .count();
    }

    private static void assertTokens(CompletionUsage usage, long prompt, long completion) {
        assertThat(List.of(usage.promptTokens(), usage.completionTokens(), usage.totalTokens()))
                .containsExactly(prompt, completion, prompt + completion);
    }

    private static JsonNode json(String text) throws IOException {
        return UpstreamStub.JSON.readTree(text);
    }
}

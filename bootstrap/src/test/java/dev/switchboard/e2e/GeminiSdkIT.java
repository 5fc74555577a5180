package dev.switchboard.e2e;

import static dev.switchboard.e2e.AnthropicUpstream.json;
import static dev.switchboard.e2e.AnthropicUpstream.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged gateway over a stub Gemini ({@link GeminiGateway}), driven by the official OpenAI Java SDK, through a
 * provider with an API key, one with a service account and one with application default credentials (both OAuth 2
 * against the stub's token endpoints):
 * a streamed function call with thinking, the next turn sending the thought signature back, a whole answer, batch
 * embeddings and the paged model list. Each test asserts what the SDK received and what the upstream was sent.
 */
class GeminiSdkIT {

    private static final String STREAM_PATH = "/v1beta/models/" + GeminiReplies.MODEL + ":streamGenerateContent";
    private static final String WHOLE_PATH = "/v1beta/models/" + GeminiReplies.MODEL + ":generateContent";

    @TempDir
    static Path workDir;

    private static GeminiGateway switchboard;

    @BeforeAll
    static void start_the_gateway_over_a_stub_gemini() throws Exception {
        switchboard = GeminiGateway.start(workDir);
    }

    @AfterAll
    static void stop_the_gateway() throws Exception {
        if (switchboard != null) switchboard.close();
    }

    @AfterEach
    void the_upstream_received_only_well_formed_requests() {
        assertThat(switchboard.upstream().takeProblems()).as(switchboard::log).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {GeminiGateway.KEY_PROVIDER, GeminiGateway.SA_PROVIDER, GeminiGateway.ADC_PROVIDER})
    void streams_a_function_call_with_thinking_and_sends_the_signature_back_in_the_next_turn(String provider) {
        List<ChatCompletionChunk> first =
                stream(GeminiSdkRequests.conversation(provider).build());

        var choice = AnthropicChunks.accumulate(first).choices().getFirst();
        assertThat(choice.finishReason()).as(switchboard::log).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        var call = AnthropicChunks.onlyCall(choice.message());
        assertThat(call.id()).matches("call_[0-9a-f]{24}");
        assertThat(call.function().name()).isEqualTo(GeminiReplies.TOOL_NAME);
        assertThat(parse(call.function().arguments())).isEqualTo(parse(GeminiReplies.ARGUMENTS));
        assertThat(AnthropicChunks.reasoning(first)).isEqualTo(GeminiReplies.THOUGHT);
        List<JsonNode> blocks = AnthropicChunks.thinkingBlocks(first);
        assertThat(blocks).singleElement().satisfies(block -> {
            assertThat(block.path("signature").asText()).isEqualTo(GeminiReplies.SIGNATURE);
            assertThat(block.path("thinking").asText()).isEqualTo(GeminiReplies.THOUGHT);
        });
        assertThat(first.getLast().usage()).hasValueSatisfying(usage -> {
            assertThat(usage.promptTokens()).isEqualTo(40);
            assertThat(usage.completionTokens()).isEqualTo(112);
            assertThat(usage.completionTokensDetails().flatMap(d -> d.reasoningTokens()))
                    .hasValue(100L);
        });
        JsonNode sent = json(switchboard.upstream().last(STREAM_PATH));
        assertThat(sent.at("/generationConfig/thinkingConfig"))
                .isEqualTo(parse("{\"thinkingBudget\":1024,\"includeThoughts\":true}"));
        assertThat(sent.at("/tools/0/functionDeclarations/0/parameters/properties/location/type")
                        .asText())
                .isEqualTo("STRING");
        assertThat(sent.at("/tools/0/functionDeclarations/0/parameters").has("additionalProperties"))
                .isFalse();

        List<ChatCompletionChunk> second = stream(GeminiSdkRequests.answerTurn(provider, call, blocks));

        var answer = AnthropicChunks.accumulate(second).choices().getFirst();
        assertThat(answer.message().content()).as(switchboard::log).hasValue(GeminiReplies.ANSWER);
        assertThat(answer.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        JsonNode contents = json(switchboard.upstream().last(STREAM_PATH)).path("contents");
        assertThat(contents.path(1)).isEqualTo(GeminiUpstream.modelTurn());
        assertThat(contents.path(2)).isEqualTo(GeminiUpstream.resultTurn());
    }

    @ParameterizedTest
    @ValueSource(strings = {GeminiGateway.KEY_PROVIDER, GeminiGateway.SA_PROVIDER, GeminiGateway.ADC_PROVIDER})
    void answers_a_whole_chat_with_system_instruction_and_usage(String provider) {
        var request = ChatCompletionCreateParams.builder()
                .model(provider + "/" + GeminiReplies.MODEL)
                .addSystemMessage("You are terse.")
                .addUserMessage("What is this?")
                .addAssistantMessage("A pixel.")
                .addSystemMessage("Answer in French.")
                .addUserMessage("And its colour?")
                .temperature(0.2)
                .seed(7)
                .build();

        ChatCompletion completion = switchboard.client().chat().completions().create(request);

        assertThat(completion.choices().getFirst().message().content()).hasValue(GeminiReplies.DESCRIPTION);
        assertThat(completion.usage()).hasValueSatisfying(usage -> {
            assertThat(usage.promptTokens()).isEqualTo(45);
            assertThat(usage.completionTokens()).isEqualTo(6);
            assertThat(usage.promptTokensDetails().flatMap(d -> d.cachedTokens()))
                    .hasValue(10L);
        });
        JsonNode sent = json(switchboard.upstream().last(WHOLE_PATH));
        assertThat(sent.path("systemInstruction"))
                .isEqualTo(parse("{\"parts\":[{\"text\":\"You are terse.\"},{\"text\":\"Answer in French.\"}]}"));
        assertThat(sent.path("contents").findValuesAsText("role")).containsExactly("user", "model", "user");
        assertThat(sent.at("/generationConfig/seed").asInt()).isEqualTo(7);
    }

    @Test
    void embeds_several_inputs_in_one_batch_and_the_service_account_fetched_one_token() {
        var request = EmbeddingCreateParams.builder()
                .model(GeminiGateway.SA_PROVIDER + "/" + GeminiReplies.EMBEDDING_MODEL)
                .inputOfArrayOfStrings(List.of("sky", "grass"))
                .build();

        var embeddings = switchboard.client().embeddings().create(request);

        assertThat(embeddings.data()).hasSize(2);
        assertThat(embeddings.data().get(1).embedding()).containsExactly(0.25f, -0.5f, 1f);
        assertThat(switchboard.upstream().count("/token")).isEqualTo(1);
    }

    @Test
    void authenticates_with_the_default_credentials_file_the_environment_names_and_caches_its_token() {
        var request = ChatCompletionCreateParams.builder()
                .model(GeminiGateway.ADC_PROVIDER + "/" + GeminiReplies.MODEL)
                .addUserMessage("What is this?")
                .build();

        switchboard.client().chat().completions().create(request);
        ChatCompletion completion = switchboard.client().chat().completions().create(request);

        assertThat(completion.choices().getFirst().message().content()).hasValue(GeminiReplies.DESCRIPTION);
        var sent = switchboard.upstream().last(WHOLE_PATH);
        assertThat(AnthropicUpstream.header(sent, "Authorization"))
                .isEqualTo("Bearer " + GeminiReplies.ADC_ACCESS_TOKEN);
        assertThat(AnthropicUpstream.header(sent, "x-goog-api-key")).isNull();
        assertThat(switchboard.upstream().count("/adc/token")).isEqualTo(1);
    }

    @Test
    void lists_the_models_of_every_provider_from_every_page() {
        var ids = switchboard.client().models().list().data().stream()
                .map(Model::id)
                .toList();

        assertThat(ids)
                .contains(
                        GeminiGateway.KEY_PROVIDER + "/" + GeminiReplies.MODEL,
                        GeminiGateway.KEY_PROVIDER + "/" + GeminiReplies.EMBEDDING_MODEL,
                        GeminiGateway.SA_PROVIDER + "/" + GeminiReplies.MODEL,
                        GeminiGateway.ADC_PROVIDER + "/" + GeminiReplies.EMBEDDING_MODEL);
    }

    private static List<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
        try (StreamResponse<ChatCompletionChunk> stream =
                switchboard.client().chat().completions().createStreaming(params)) {
            return stream.stream().toList();
        }
    }
}

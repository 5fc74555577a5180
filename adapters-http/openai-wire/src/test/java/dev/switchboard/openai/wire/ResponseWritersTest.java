package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Domain responses written as OpenAI JSON, compared with golden files as trees. */
class ResponseWritersTest {

    @Test
    void writes_a_tool_call_answer_like_the_spec_example() {
        var call = new ToolCall("call_abc123", "get_current_weather", "{\n\"location\": \"Boston, MA\"\n}");
        var response = new ChatResponse(
                "chatcmpl-abc123",
                1699896916,
                "gpt-4o-mini",
                List.of(Choice.of(Message.assistant(List.of(call)), FinishReason.TOOL_CALLS)),
                Usage.of(82, 17),
                null);

        Golden.assertMatches(ChatResponseWriter.write(response), "chat-response-tools.json");
    }

    @Test
    void writes_text_refusal_reasoning_logprobs_and_fingerprint() {
        var logprobs = JsonValues.fromNode(Golden.json("""
                {"content":[{"token":"Hello","logprob":-0.31725305,"bytes":[72,101,108,108,111],"top_logprobs":[]}],
                 "refusal":null}"""));
        var text = new Message.AssistantMessage(
                "Hello! How can I assist you today?", null, List.of(), "The user greets me.", null);
        var refusal = new Message.AssistantMessage(
                null, "I'm sorry, I can't assist with that request.", List.of(), null, null);
        var response = new ChatResponse(
                "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
                1741569952,
                "gpt-4o",
                List.of(
                        new Choice(0, text, FinishReason.STOP, logprobs),
                        new Choice(1, refusal, FinishReason.STOP, null)),
                new Usage(19, 10, 4, 3, false),
                "fp_44709d6fcb");

        Golden.assertMatches(ChatResponseWriter.write(response), "chat-response-text.json");
    }

    @Test
    void writes_a_named_assistant_message() {
        var named = new Message.AssistantMessage("hi", null, List.of(), null, "bot");

        assertThat(ChatResponseWriter.message(named).get("name").textValue()).isEqualTo("bot");
    }

    @Test
    void writes_a_legacy_text_completion() {
        var response = new CompletionResponse(
                "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7",
                1589478378,
                "gpt-3.5-turbo-instruct",
                List.of(new CompletionResponse.Choice(0, "\n\nThis is indeed a test", FinishReason.LENGTH, null)),
                Usage.of(5, 7));

        Golden.assertMatches(CompletionResponseWriter.write(response), "completion-response.json");
    }

    @Test
    void writes_embeddings_as_floats() {
        var response = embeddings("text-embedding-ada-002");

        Golden.assertMatches(EmbeddingResponseWriter.write(response, EncodingFormat.FLOAT), "embeddings-float.json");
    }

    @Test
    void writes_embeddings_as_base64_of_little_endian_float32_like_the_spec_example() {
        var response = embeddings("text-embedding-3-small");

        Golden.assertMatches(EmbeddingResponseWriter.write(response, EncodingFormat.BASE64), "embeddings-base64.json");
        assertThat(Base64.getDecoder().decode(EmbeddingResponseWriter.base64(new float[] {1f, 2f})))
                .hasSize(8);
    }

    @Test
    void writes_a_model_list_with_qualified_or_bare_ids() {
        var echo = new ModelDescriptor(ModelRef.of("mock", "echo"), 1686935002, "switchboard", Set.of(), null, null);
        var mini = ModelDescriptor.named(ModelRef.of("openai", "gpt-4o-mini"), "openai");

        Golden.assertMatches(ModelListWriter.list(List.of(echo, mini), true), "models.json");
        assertThat(Golden.json(ModelListWriter.list(List.of(echo), false))
                        .at("/data/0/id")
                        .textValue())
                .isEqualTo("echo");
        assertThat(Golden.json(ModelListWriter.one(mini, true)))
                .isEqualTo(Golden.json("{\"id\":\"openai/gpt-4o-mini\",\"object\":\"model\",\"created\":0,"
                        + "\"owned_by\":\"openai\",\"switchboard\":{\"capabilities\":[]}}"));
    }

    @Test
    void writes_what_is_known_of_a_model_and_a_route_in_the_switchboard_extension() {
        var mini = new ModelDescriptor(
                ModelRef.of("openai", "gpt-4o-mini"),
                1_721_172_741L,
                "system",
                Set.of(Capability.VISION, Capability.CHAT, Capability.TOOLS),
                128_000,
                16_384,
                null,
                null);
        var small = new ModelDescriptor(
                ModelRef.of("openai", "text-embedding-3-small"),
                0,
                "system",
                Set.of(Capability.EMBEDDINGS),
                8_191,
                null,
                null,
                1_536);
        var fast = new Route(
                "fast",
                List.of(RouteTarget.of(mini.ref()), RouteTarget.of(ModelRef.of("azure", "gpt-4o-mini"))),
                false,
                Route.Origin.CONFIG,
                java.time.Instant.ofEpochSecond(1_750_000_000L));

        var list = Golden.json(ModelListWriter.list(List.of(mini, small), List.of(fast), true));

        assertThat(list.at("/data/0/switchboard"))
                .isEqualTo(Golden.json("{\"capabilities\":[\"chat\",\"tools\","
                        + "\"vision\"],\"context_window\":128000,\"max_output_tokens\":16384}"));
        assertThat(list.at("/data/1/switchboard/dimensions").intValue()).isEqualTo(1536);
        assertThat(list.at("/data/2"))
                .isEqualTo(Golden.json("{\"id\":\"fast\",\"object\":\"model\",\"created\":"
                        + "1750000000,\"owned_by\":\"switchboard\",\"switchboard\":{\"targets\":[\"openai/gpt-4o-mini\","
                        + "\"azure/gpt-4o-mini\"],\"balanced\":false,\"capabilities\":[\"chat\",\"tools\",\"vision\"],"
                        + "\"context_window\":128000,\"max_output_tokens\":16384}}"));
        assertThat(Golden.json(ModelListWriter.route(fast, List.of())).at("/switchboard"))
                .isEqualTo(Golden.json(
                        "{\"targets\":[\"openai/gpt-4o-mini\",\"azure/gpt-4o-mini\"]," + "\"balanced\":false}"));
    }

    @Test
    void writes_the_error_envelope_with_all_four_keys() {
        var body = new ErrorBody("The model `gpt-9` does not exist", "invalid_request_error", null, "model_not_found");

        assertThat(new String(body.toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":{\"message\":"
                        + "\"The model `gpt-9` does not exist\",\"type\":\"invalid_request_error\",\"param\":null,"
                        + "\"code\":\"model_not_found\"}}");
        assertThat(new String(new ErrorBody("m", "t", "p", null).toEvent(), StandardCharsets.UTF_8))
                .isEqualTo("data: {\"error\":{\"message\":\"m\",\"type\":\"t\",\"param\":\"p\",\"code\":null}}\n\n");
    }

    private static EmbeddingResponse embeddings(String model) {
        return new EmbeddingResponse(
                model,
                List.of(new Embedding(0, new float[] {0.0023064255f, -0.009327292f, -0.0028842222f})),
                Usage.of(8, 0));
    }
}

package dev.switchboard.e2e;

import static dev.switchboard.e2e.OllamaUpstream.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway with one {@code ollama} provider over a stub Ollama ({@link OllamaUpstream}) behind a bearer
 * key, driven by the official OpenAI Java SDK: a streamed tool call, a whole chat answer, embeddings and the model
 * list; and the admin pull endpoint streaming Ollama's pull progress. Each test checks what the client received and
 * what Ollama was sent.
 */
class OllamaSdkIT {

    private static final String PROVIDER = "local";
    private static final String CLIENT_KEY = "sk-switchboard-e2e-ollama-client";
    private static final String ADMIN_KEY = "sk-switchboard-e2e-ollama-admin";

    @TempDir
    static Path workDir;

    private static OllamaUpstream ollama;
    private static PackagedGateway gateway;
    private static OpenAIClient client;

    @BeforeAll
    static void start_the_gateway_over_a_stub_ollama() throws Exception {
        ollama = OllamaUpstream.start();
        String yaml = """
                server:
                  request_timeout_s: 30
                security:
                  api_keys: ["${E2E_CLIENT_KEY}"]
                  admin_keys: ["${E2E_ADMIN_KEY}"]
                providers:
                  - id: %s
                    type: ollama
                    base_url: "%s"
                    keep_alive: 10m
                    num_ctx: 4096
                    api_keys:
                      - { name: proxy, value: "${E2E_OLLAMA_KEY}" }
                """.formatted(PROVIDER, ollama.root());
        Path config = Files.writeString(workDir.resolve("switchboard.yaml"), yaml);
        var variables =
                Map.of("E2E_CLIENT_KEY", CLIENT_KEY, "E2E_ADMIN_KEY", ADMIN_KEY, "E2E_OLLAMA_KEY", OllamaUpstream.KEY);
        gateway = PackagedGateway.start(workDir, config, variables);
        client = OpenAIOkHttpClient.builder()
                .baseUrl(gateway.baseUrl() + "/v1")
                .apiKey(CLIENT_KEY)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    @AfterAll
    static void stop_the_gateway() throws Exception {
        if (client != null) client.close();
        if (gateway != null) gateway.close();
        if (ollama != null) ollama.close();
    }

    @AfterEach
    void ollama_received_only_authenticated_requests() {
        assertThat(ollama.takeProblems()).as(gateway::log).isEmpty();
    }

    @Test
    void streams_a_tool_call_whose_arguments_parse_to_the_object_ollama_sent() {
        var params = ChatCompletionCreateParams.builder()
                .model(PROVIDER + "/" + OllamaUpstream.MODEL)
                .addUserMessage("What is the weather in Tokyo?")
                .addTool(SdkRequests.tool(OllamaUpstream.TOOL))
                .maxCompletionTokens(256)
                .build();
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(params)) {
            chunks = stream.stream().toList();
        }

        var choice = AnthropicChunks.accumulate(chunks).choices().getFirst();
        assertThat(choice.finishReason()).as(gateway::log).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        var call = AnthropicChunks.onlyCall(choice.message());
        assertThat(call.id()).matches("call_[0-9a-f]{24}");
        assertThat(call.function().name()).isEqualTo(OllamaUpstream.TOOL);
        assertThat(parse(call.function().arguments())).isEqualTo(parse(OllamaUpstream.ARGUMENTS));
        var sent = ollama.last("/api/chat");
        assertThat(sent.path("model").asText()).isEqualTo(OllamaUpstream.MODEL);
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(sent.at("/tools/0/function/name").asText()).isEqualTo(OllamaUpstream.TOOL);
        assertThat(sent.path("options")).isEqualTo(parse("{\"num_predict\":256,\"num_ctx\":4096}"));
        assertThat(sent.path("keep_alive").asText()).isEqualTo("10m");
    }

    @Test
    void answers_a_whole_chat_with_ollamas_usage() {
        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(PROVIDER + "/" + OllamaUpstream.MODEL)
                        .addSystemMessage("You are terse.")
                        .addUserMessage("Why is the sky blue?")
                        .temperature(0.2)
                        .build());

        assertThat(completion.choices().getFirst().message().content()).hasValue(OllamaUpstream.ANSWER);
        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.usage())
                .hasValueSatisfying(usage -> assertThat(usage.totalTokens()).isEqualTo(38));
        var sent = ollama.last("/api/chat");
        assertThat(sent.path("stream").asBoolean(true)).isFalse();
        assertThat(sent.path("messages").findValuesAsText("role")).containsExactly("system", "user");
        assertThat(sent.at("/options/temperature").asDouble()).isEqualTo(0.2);
    }

    @Test
    void embeds_through_api_embed_answering_base64_as_the_sdk_asks() {
        var response = client.embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(PROVIDER + "/" + OllamaUpstream.EMBEDDER)
                        .input("The food was delicious and the waiter...")
                        .build());

        assertThat(response.data().getFirst().embeddingValue().asBase64()).isEqualTo(UpstreamReplies.EMBEDDING_BASE64);
        assertThat(response.usage().promptTokens()).isEqualTo(8);
        assertThat(ollama.last("/api/embed").path("input"))
                .isEqualTo(parse("[\"The food was delicious and the waiter...\"]"));
    }

    @Test
    void lists_the_installed_models_under_the_provider() {
        var ids = client.models().list().data().stream().map(Model::id).toList();

        assertThat(ids).containsExactly(PROVIDER + "/llama3.2:latest", PROVIDER + "/all-minilm:latest");
    }

    @Test
    void pulls_a_model_streaming_ollamas_progress_to_an_admin_and_refuses_a_client_key() throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var pulled = http.send(pull(ADMIN_KEY), HttpResponse.BodyHandlers.ofString());
            var refused = http.send(pull(CLIENT_KEY), HttpResponse.BodyHandlers.ofString());

            assertThat(pulled.statusCode()).as(gateway::log).isEqualTo(200);
            assertThat(pulled.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            assertThat(pulled.body())
                    .isEqualTo("data: {\"status\":\"pulling manifest\"}\n\n"
                            + "data: {\"status\":\"pulling dde5aa3fc5ff\",\"digest\":\"" + OllamaUpstream.LAYER
                            + "\",\"total\":2019377376,\"completed\":241970}\n\n"
                            + "data: {\"status\":\"verifying sha256 digest\"}\n\n"
                            + "data: {\"status\":\"writing manifest\"}\n\n"
                            + "data: {\"status\":\"success\"}\n\n");
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        assertThat(ollama.last("/api/pull")).isEqualTo(parse("{\"model\":\"llama3.2\",\"stream\":true}"));
    }

    private static HttpRequest pull(String key) {
        return HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/admin/providers/" + PROVIDER + "/models/pull"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"llama3.2\"}"))
                .build();
    }
}

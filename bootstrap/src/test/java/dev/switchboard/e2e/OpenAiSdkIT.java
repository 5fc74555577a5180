package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.models.Model;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway, driven by the official OpenAI Java SDK through the built-in mock provider, which echoes the
 * last user message back. This is what a newcomer gets from {@code ./switchboard serve} with no configuration.
 */
class OpenAiSdkIT {

    private static final String MODEL = "mock/echo";
    private static final String GREETING = "Hello, Switchboard";

    @TempDir
    static Path workDir;

    private static PackagedGateway gateway;
    private static OpenAIClient client;

    @BeforeAll
    static void start_the_packaged_gateway() throws Exception {
        gateway = PackagedGateway.start(workDir);
        client = OpenAIOkHttpClient.builder()
                .baseUrl(gateway.baseUrl() + "/v1")
                .apiKey("sk-e2e-any-key-will-do")
                .maxRetries(0)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    @AfterAll
    static void stop_the_gateway() throws Exception {
        if (client != null) {
            client.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void answers_a_chat_completion_with_the_echoed_message() {
        ChatCompletion completion = client.chat().completions().create(userSays(GREETING, false));

        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.choices()).hasSize(1);
        var choice = completion.choices().getFirst();
        assertThat(choice.message().content())
                .hasValueSatisfying(text -> assertThat(text).contains(GREETING));
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(completion.usage())
                .hasValueSatisfying(usage -> assertThat(usage.totalTokens()).isPositive());
    }

    @Test
    void streams_the_echoed_message_and_finishes_with_stop() {
        var text = new StringBuilder();
        var finishReasons = new ArrayList<ChatCompletionChunk.Choice.FinishReason>();

        try (var stream = client.chat().completions().createStreaming(userSays(GREETING, false))) {
            stream.stream().flatMap(chunk -> chunk.choices().stream()).forEach(choice -> {
                choice.delta().content().ifPresent(text::append);
                choice.finishReason().ifPresent(finishReasons::add);
            });
        }

        assertThat(text.toString()).contains(GREETING);
        assertThat(finishReasons).containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
    }

    @Test
    void sends_a_usage_chunk_when_the_stream_options_ask_for_it() {
        List<CompletionUsage> usages;

        try (var stream = client.chat().completions().createStreaming(userSays(GREETING, true))) {
            usages = stream.stream().flatMap(chunk -> chunk.usage().stream()).toList();
        }

        assertThat(usages).hasSize(1);
        assertThat(usages.getFirst().totalTokens()).isPositive();
    }

    @Test
    void lists_the_mock_model() {
        var ids = client.models().list().data().stream().map(Model::id).toList();

        assertThat(ids).contains(MODEL);
    }

    private static ChatCompletionCreateParams userSays(String text, boolean includeUsage) {
        var params = ChatCompletionCreateParams.builder().model(MODEL).addUserMessage(text);
        if (includeUsage) {
            params.streamOptions(
                    ChatCompletionStreamOptions.builder().includeUsage(true).build());
        }
        return params.build();
    }
}

package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Ollama cannot take is refused as an invalid request naming the field, before any call. */
class OllamaRequestRulesTest {

    private StubUpstream stub;
    private ModelProvider ollama;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        ollama = OllamaStubs.provider(stub);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void what_ollama_cannot_take_is_refused_naming_the_field_before_any_call() {
        assertInvalid(
                () -> ollama.stream(
                        ChatRequest.of(
                                "llava", Message.user(List.of(ContentPart.image("https://example.com/cat.png")))),
                        anonymous()),
                "messages[0].content[0]");
        assertInvalid(
                () -> ollama.complete(
                        ChatRequest.of("llava", Message.user(List.of(new ContentPart.Audio("UklGRg==", "wav")))),
                        anonymous()),
                "messages[0].content[0]");
        assertInvalid(
                () -> ollama.completeText(
                        new CompletionRequest(
                                "m", List.of("a", "b"), Sampling.DEFAULTS, null, null, null, null, Map.of()),
                        anonymous()),
                "prompt");
        assertInvalid(
                () -> ollama.embed(
                        new EmbeddingRequest(
                                "m", new EmbeddingInput.Tokens(List.of(List.of(1, 2))), null, null, Map.of()),
                        anonymous()),
                "input");
        var twoAnswers = new Sampling(null, null, null, null, null, List.of(), null, 2, null, null);
        assertInvalid(
                () -> ollama.complete(
                        ChatRequest.builder("m")
                                .message(Message.user("hi"))
                                .sampling(twoAnswers)
                                .build(),
                        anonymous()),
                "n");
        assertInvalid(
                () -> ollama.complete(
                        ChatRequest.of(
                                "m", Message.user("hi"), Message.assistant(List.of(new ToolCall("c1", "f", "[1]")))),
                        anonymous()),
                "messages[1].tool_calls[0].function.arguments");
        assertThat(stub.requests()).isEmpty();
    }

    private static void assertInvalid(Runnable call, String param) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isInstanceOfSatisfying(
                                        ProviderFailure.InvalidRequest.class,
                                        invalid -> assertThat(invalid.param()).isEqualTo(param)));
    }
}

package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.model.ModelDescriptor;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ModelProviderDefaultsTest {

    private static final CallContext CONTEXT = new CallContext(Credential.anonymous(), "r1", Duration.ofSeconds(5));

    /** A provider that offers only what every provider must. */
    private static final class ChatOnly implements ModelProvider {
        @Override
        public List<ModelDescriptor> models(CallContext context) {
            return List.of();
        }

        @Override
        public ChatResponse complete(ChatRequest request, CallContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChatStream stream(ChatRequest request, CallContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Health health(CallContext context) {
            return Health.up("ok", Duration.ZERO);
        }
    }

    private final ModelProvider provider = new ChatOnly();

    @Test
    void text_completions_are_an_invalid_request_unless_offered() {
        assertInvalid(() -> provider.completeText(CompletionRequest.of("m", "p"), CONTEXT), "text completions");
        assertInvalid(() -> provider.streamText(CompletionRequest.of("m", "p"), CONTEXT), "text completions");
    }

    @Test
    void embeddings_are_an_invalid_request_unless_offered() {
        assertInvalid(() -> provider.embed(EmbeddingRequest.of("m", "text"), CONTEXT), "embeddings");
    }

    @Test
    void optional_capabilities_are_absent_unless_offered() {
        assertThat(provider.transcriber()).isEmpty();
        assertThat(provider.puller()).isEmpty();
        assertThat(provider.reranker()).isEmpty();
        assertThat(provider.tokenCounter()).isEmpty();
    }

    @Test
    void the_port_is_version_one() {
        assertThat(ModelProvider.VERSION).isEqualTo(1);
        ModelProviderFactory factory = new ModelProviderFactory() {
            @Override
            public String type() {
                return "chat-only";
            }

            @Override
            public ModelProvider create(ProviderSettings settings) {
                return provider;
            }
        };
        assertThat(factory.portVersion()).isEqualTo(ModelProvider.VERSION);
    }

    private static void assertInvalid(ThrowingCallable call, String what) {
        var thrown = catchThrowableOfType(ProviderException.class, call);

        assertThat(thrown.failure())
                .isEqualTo(new ProviderFailure.InvalidRequest("this provider does not offer " + what, "model"));
    }
}

package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static dev.switchboard.application.Chains.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests checked against what the catalogue knows of each target before anything is sent. */
class CapabilityRoutingTest {

    /** About 300 tokens: more than {@code a/tiny}'s window of 30. */
    private static final String LONG_PROMPT = "the quick brown fox jumps over the lazy dog ".repeat(30);

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @BeforeEach
    void start() {
        factory.provider("a")
                .models(List.of(
                        model("a/text-only", 100_000, Capability.CHAT),
                        model("a/also-text", 100_000, Capability.CHAT),
                        model("a/tiny", 30, Capability.CHAT, Capability.TOOLS, Capability.VISION)));
        factory.provider("b")
                .models(List.of(model(
                        "b/eyes",
                        100_000,
                        Capability.CHAT,
                        Capability.VISION,
                        Capability.TOOLS,
                        Capability.AUDIO_INPUT)));
        factory.provider("c").models(List.of(ModelDescriptor.named(ModelRef.of("c", "mystery"), "fake")));
        gateway = Setups.start(
                Chains.settings(
                        factory,
                        1,
                        List.of(
                                chain("look", "a/text-only", "b/eyes"),
                                chain("plain", "a/text-only", "a/also-text"),
                                chain("long", "a/tiny", "b/eyes"),
                                chain("short", "a/tiny", "a/tiny-too")),
                        "a",
                        "b",
                        "c"),
                factory);
        assertThat(gateway.models(RequestContext.of("list"))).hasSize(5);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void images_skip_a_target_without_vision_and_the_next_serves_them() {
        var context = RequestContext.of("r1");

        gateway.chat(Chains.withImage("look"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("b", "eyes"));
        assertThat(context.trace().attempts()).isEqualTo(1);
        assertThat(factory.provider("a").calls(FakeCall.Chat.class)).isEmpty();
    }

    @Test
    void images_to_a_single_target_without_vision_are_an_invalid_request_naming_the_model() {
        assertThat(failure(Chains.withImage("a/text-only")))
                .isEqualTo(new ProviderFailure.InvalidRequest("a/text-only does not accept images", "model"));
        assertThat(factory.provider("a").calls(FakeCall.Chat.class)).isEmpty();
    }

    @Test
    void when_no_target_of_a_chain_fits_the_request_is_invalid_with_every_reason() {
        assertThat(failure(Chains.withImage("plain")))
                .isEqualTo(new ProviderFailure.InvalidRequest(
                        "no model of 'plain' can take this request: a/text-only does not accept images;"
                                + " a/also-text does not accept images",
                        "model"));
    }

    @Test
    void tools_skip_a_target_without_tools() {
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.afterToolCall("look"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("b", "eyes"));
        assertThat(failure(ChatRequests.afterToolCall("a/text-only")))
                .isEqualTo(new ProviderFailure.InvalidRequest("a/text-only does not support tools", "model"));
    }

    @Test
    void audio_needs_a_model_that_takes_audio() {
        var audio = ChatRequest.of("a/tiny", Message.user(List.of(new ContentPart.Audio("UklGRg==", "wav"))));

        assertThat(failure(audio))
                .isEqualTo(new ProviderFailure.InvalidRequest("a/tiny does not accept audio", "model"));
        var context = RequestContext.of("r1");
        gateway.chat(audio.withModel("b/eyes"), context);
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("b", "eyes"));
    }

    @Test
    void a_prompt_longer_than_the_context_window_is_context_length_exceeded() {
        var failure = failure(ChatRequests.userSays("a/tiny", LONG_PROMPT));

        assertThat(failure)
                .isEqualTo(new ProviderFailure.ContextLengthExceeded(
                        "a/tiny has a context window of 30 tokens; the request needs about 275"));
        assertThat(factory.provider("a").calls(FakeCall.Chat.class)).isEmpty();
    }

    @Test
    void a_prompt_too_long_for_every_target_of_a_chain_is_context_length_exceeded() {
        factory.provider("a").models(List.of(model("a/tiny", 30), model("a/tiny-too", 20)));
        gateway.operations().refreshCatalogue();

        var failure = failure(ChatRequests.userSays("short", LONG_PROMPT));

        assertThat(failure).isInstanceOf(ProviderFailure.ContextLengthExceeded.class);
        assertThat(failure.message()).startsWith("no model of 'short' can take this request: a/tiny has a context");
    }

    @Test
    void the_output_limit_counts_against_the_window() {
        var request = ChatRequest.builder("a/tiny")
                .message(Message.user("hi"))
                .sampling(new Sampling(null, null, 100, null, null, List.of(), null, null, null, null))
                .build();

        assertThat(failure(request).message()).endsWith("(including max_tokens 100)");
    }

    @Test
    void a_prompt_too_long_for_a_target_moves_to_one_with_a_larger_window() {
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("long", LONG_PROMPT), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("b", "eyes"));
    }

    @Test
    void a_short_prompt_fits_a_small_window() {
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("a/tiny", "hello there"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("a", "tiny"));
    }

    @Test
    void a_text_prompt_too_long_for_the_window_is_refused_too() {
        var failure = catchThrowableOfType(
                        ProviderException.class,
                        () -> gateway.complete(CompletionRequest.of("a/tiny", LONG_PROMPT), RequestContext.of("r1")))
                .failure();

        assertThat(failure).isInstanceOf(ProviderFailure.ContextLengthExceeded.class);
    }

    @Test
    void unknown_capabilities_never_block_a_request() {
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.afterToolCall("c/mystery"), context);
        gateway.chat(Chains.withImage("c/mystery"), RequestContext.of("r2"));
        gateway.chat(ChatRequests.userSays("c/mystery", LONG_PROMPT), RequestContext.of("r3"));
        gateway.chat(Chains.withImage("c/not-listed"), RequestContext.of("r4"));

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("c", "mystery"));
        assertThat(factory.provider("c").calls(FakeCall.Chat.class)).hasSize(4);
    }

    private ProviderFailure failure(ChatRequest request) {
        return catchThrowableOfType(ProviderException.class, () -> gateway.chat(request, RequestContext.of("r1")))
                .failure();
    }
}

package dev.switchboard.application;

import static dev.switchboard.application.Chains.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.model.Capability;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check of a request against what is known of a model, before it is sent. */
class CapabilityCheckTest {

    private static final Needs IMAGES = new Needs(true, false, false, "hi", 1, null);
    private static final Needs AUDIO = new Needs(false, true, false, "hi", 1, null);
    private static final Needs TOOLS = new Needs(false, false, true, "hi", 1, null);

    private final CapabilityCheck check = new CapabilityCheck(new TokenEstimator());

    @Test
    void a_model_the_catalogue_does_not_know_fits_anything() {
        assertThat(check.misfit(IMAGES, null)).isEmpty();
        assertThat(check.misfit(new Needs(true, true, true, "x".repeat(100_000), 9, 9999), null))
                .isEmpty();
    }

    @Test
    void a_model_whose_capabilities_nobody_reported_is_not_refused_for_them() {
        var unknown = model("p/m", null);

        assertThat(check.misfit(IMAGES, unknown)).isEmpty();
        assertThat(check.misfit(AUDIO, unknown)).isEmpty();
        assertThat(check.misfit(TOOLS, unknown)).isEmpty();
    }

    @Test
    void each_need_asks_for_its_capability() {
        var chatOnly = model("p/m", null, Capability.CHAT);
        var everything = model("p/all", null, Capability.VISION, Capability.AUDIO_INPUT, Capability.TOOLS);

        assertThat(check.misfit(IMAGES, chatOnly)).contains(new Misfit("p/m does not accept images", false));
        assertThat(check.misfit(AUDIO, chatOnly)).contains(new Misfit("p/m does not accept audio", false));
        assertThat(check.misfit(TOOLS, chatOnly)).contains(new Misfit("p/m does not support tools", false));
        assertThat(check.misfit(IMAGES, everything)).isEmpty();
        assertThat(check.misfit(AUDIO, everything)).isEmpty();
        assertThat(check.misfit(TOOLS, everything)).isEmpty();
        assertThat(check.misfit(Needs.NOTHING, chatOnly)).isEmpty();
    }

    @ParameterizedTest(name = "window {0}, max_tokens {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            6  | - | -
            5  | - | p/m has a context window of 5 tokens; the request needs about 6
            16 | 10 | -
            15 | 10 | p/m has a context window of 15 tokens; the request needs about 16 (including max_tokens 10)
            """)
    void the_prompt_framing_and_output_limit_must_fit_the_window(int window, Integer maxTokens, String reason) {
        var needs = new Needs(false, false, false, "hello world", 1, maxTokens);

        Optional<Misfit> misfit = check.misfit(needs, model("p/m", window));

        assertThat(misfit).isEqualTo(Optional.ofNullable(reason).map(text -> new Misfit(text, true)));
    }

    @Test
    void a_prompt_of_many_characters_but_few_tokens_fits() {
        String prompt = "hello world ".repeat(10);
        var needs = new Needs(false, false, false, prompt, 1, null);

        assertThat(3 * prompt.length()).isGreaterThan(100);
        assertThat(check.misfit(needs, model("p/m", 100))).isEmpty();
    }

    @Test
    void a_model_without_a_known_window_takes_any_length() {
        var needs = new Needs(false, false, false, "x".repeat(10_000), 1, 100_000);

        assertThat(check.misfit(needs, model("p/m", null, Capability.CHAT))).isEmpty();
    }

    @Test
    void a_chat_request_needs_what_its_messages_and_tools_hold() {
        var request = ChatRequest.builder("p/m")
                .message(Message.system("be brief"))
                .message(Message.developer("really"))
                .message(Message.user(List.of(ContentPart.text("see"), ContentPart.image("https://x.test/a.png"))))
                .message(Message.assistant("ok"))
                .message(Message.tool("call_1", "done"))
                .build();

        var needs = Needs.of(request);

        assertThat(needs.images()).isTrue();
        assertThat(needs.audio()).isFalse();
        assertThat(needs.tools()).isFalse();
        assertThat(needs.messages()).isEqualTo(5);
        assertThat(needs.prompt()).contains("be brief", "really", "see", "done");
        assertThat(needs.maxTokens()).isNull();
        assertThat(Needs.of(ChatRequests.afterToolCall("p/m")).tools()).isTrue();
    }

    @Test
    void a_text_completion_needs_room_for_its_prompts_only() {
        var needs = Needs.of(CompletionRequest.of("p/m", "once upon a time"));

        assertThat(needs).isEqualTo(new Needs(false, false, false, "once upon a time", 1, null));
    }
}

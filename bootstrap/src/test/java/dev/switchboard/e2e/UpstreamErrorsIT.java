package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openai.errors.BadRequestException;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upstream failures as the official OpenAI Java SDK sees them through the gateway, for each OpenAI-family type and in
 * each type's own error body: a 429 stays a rate limit with its wait, a context window overflow stays a 400 with
 * OpenAI's code, and an error inside a stream makes the SDK's stream raise after the text that came before it. The
 * rate limits go to the {@code limited-<type>} providers, so no other test meets a key that rotation put aside.
 */
@ExtendWith(SharedFamilyGateway.class)
class UpstreamErrorsIT {

    private final FamilyGateway switchboard;

    UpstreamErrorsIT(FamilyGateway switchboard) {
        this.switchboard = switchboard;
    }

    @AfterEach
    void the_upstream_received_only_well_formed_requests() {
        assertThat(switchboard.stub().takeProblems()).as(switchboard::log).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void reports_an_upstream_429_as_a_rate_limit_with_its_retry_after(Family family) {
        var request = ask(FamilyGateway.LIMITED + family.type(), UpstreamReplies.RATE_LIMITED);

        var error = catchThrowableOfType(
                RateLimitException.class,
                () -> switchboard.client().chat().completions().create(request));

        assertThat(error).as(switchboard::log).isNotNull();
        assertThat(error.statusCode()).isEqualTo(429);
        assertThat(error.headers().values("Retry-After")).containsExactly(UpstreamReplies.RETRY_AFTER_SECONDS);
        assertThat(error.code()).hasValue("rate_limit_exceeded");
        assertThat(error.getMessage()).doesNotContain(family.upstreamKey());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void reports_an_overflowing_prompt_as_a_bad_request_with_the_context_length_code(Family family) {
        var request = ask(family.type(), UpstreamReplies.TOO_LONG);

        var error = catchThrowableOfType(
                BadRequestException.class,
                () -> switchboard.client().chat().completions().create(request));

        assertThat(error).as(switchboard::log).isNotNull();
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.code()).hasValue("context_length_exceeded");
        assertThat(error.param()).hasValue("messages");
        assertThat(error.getMessage()).contains("maximum context length is 128000 tokens");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void raises_in_the_sdks_stream_when_the_upstream_fails_mid_stream(Family family) {
        var request = ask(family.type(), UpstreamReplies.BREAKS_MID_STREAM);
        var text = new StringBuilder();

        var error = catchThrowableOfType(SseException.class, () -> {
            try (var stream = switchboard.client().chat().completions().createStreaming(request)) {
                stream.stream()
                        .flatMap(chunk -> chunk.choices().stream())
                        .forEach(choice -> choice.delta().content().ifPresent(text::append));
            }
        });

        assertThat(error).as(switchboard::log).isNotNull();
        assertThat(text).hasToString(String.join("", ChatReplies.GREETING_PIECES.subList(0, 2)));
        assertThat(error.getMessage()).contains(ChatReplies.UPSTREAM_FAILURE);
    }

    private static ChatCompletionCreateParams ask(String provider, String model) {
        return ChatCompletionCreateParams.builder()
                .model(provider + "/" + model)
                .addUserMessage("Say hello")
                .build();
    }
}

package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.anthropic.AnthropicRequests.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatRequest;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each mapping rule, one golden {@code POST /v1/messages} body under {@code anthropic/requests}. */
class AnthropicRequestGoldenTest {

    static List<Arguments> rules() {
        return List.of(
                rule("system-lifted.json", AnthropicRequests::systemLifted),
                rule("same-role-merged.json", AnthropicRequests::sameRoleMerged),
                rule("starts-with-assistant.json", AnthropicRequests::startsWithAssistant),
                rule("tool-loop.json", AnthropicRequests::toolLoop),
                rule("vision.json", AnthropicRequests::vision),
                rule("sampling.json", AnthropicRequests::sampling),
                rule("thinking-effort.json", AnthropicRequests::thinkingEffort),
                rule("thinking-passthrough.json", AnthropicRequests::thinkingPassthrough),
                rule("thinking-blocks.json", AnthropicRequests::thinkingBlocksSentBack),
                rule("response-format-schema.json", AnthropicRequests::responseFormatSchema),
                rule("response-format-object.json", AnthropicRequests::responseFormatObject));
    }

    private static Arguments rule(String golden, Supplier<ChatRequest> request) {
        return Arguments.of(golden, request.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void maps_the_request_to_the_golden_body(String golden, ChatRequest request) {
        assertGolden(AnthropicMapper.body(request, AnthropicThinking.DEFAULT_MAX_TOKENS, false), golden);
    }

    @Test
    void a_streaming_request_says_so_and_nothing_else_changes() {
        var streamed = AnthropicMapper.body(AnthropicRequests.systemLifted(), 4096, true);

        assertThat(streamed.remove("stream").booleanValue()).isTrue();
        assertGolden(streamed, "system-lifted.json");
    }

    @Test
    void the_token_count_body_keeps_only_what_count_tokens_takes() {
        assertGolden(AnthropicMapper.countBody(AnthropicRequests.counted(), 4096), "count-tokens.json");
    }

    @Test
    void the_fallback_limit_applies_when_the_client_sets_none() {
        var body = AnthropicMapper.body(AnthropicRequests.systemLifted(), 64_000, false);

        assertThat(body.get("max_tokens").intValue()).isEqualTo(64_000);
    }

    @Test
    void a_budget_the_clients_limit_cannot_hold_is_cut_to_half_of_it() {
        var request = ChatRequest.builder(AnthropicRequests.MODEL)
                .message(dev.switchboard.domain.chat.Message.user("Think hard."))
                .sampling(AnthropicRequests.withMaxTokens(3000, null))
                .reasoningEffort(dev.switchboard.domain.chat.ReasoningEffort.XHIGH)
                .build();

        var body = AnthropicMapper.body(request, 4096, false);

        assertThat(body.get("max_tokens").intValue()).isEqualTo(3000);
        assertThat(body.at("/thinking/budget_tokens").intValue()).isEqualTo(1500);
    }

    @Test
    void reasoning_effort_none_sends_no_thinking() {
        var request = ChatRequest.builder(AnthropicRequests.MODEL)
                .message(dev.switchboard.domain.chat.Message.user("Quick."))
                .reasoningEffort(dev.switchboard.domain.chat.ReasoningEffort.NONE)
                .build();

        assertThat(AnthropicMapper.body(request, 4096, false).has("thinking")).isFalse();
    }

    @Test
    void beta_features_come_from_text_or_a_list() {
        assertThat(AnthropicMapper.betas(AnthropicRequests.sampling()))
                .containsExactly("token-efficient-tools-2025-02-19");
        var listed = ChatRequest.builder(AnthropicRequests.MODEL)
                .message(dev.switchboard.domain.chat.Message.user("hi"))
                .extension("anthropic_beta", AnthropicRequests.json("[\"a-1\", \"b-2\"]"))
                .build();
        assertThat(AnthropicMapper.betas(listed)).containsExactly("a-1", "b-2");
        assertThat(AnthropicMapper.betas(AnthropicRequests.systemLifted())).isEmpty();
    }
}

package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final long NOW = 1_748_779_200L;

    private final Normalizer normalizer = new Normalizer(CLOCK, new Random(3));

    @Test
    void normalizes_a_sloppy_chat_answer_end_to_end() {
        var request = ChatRequest.of("gpt-4o", Message.system("Be brief."), Message.user("Capital of France?"));
        var call = new ToolCall("call_1", "lookup", "{}");
        var upstream = new ChatResponse(
                "",
                1_700_000_000_123L,
                "gpt-4o-2024-08-06",
                List.of(
                        Choice.of(Message.assistant(List.of()), FinishReason.STOP),
                        new Choice(
                                1,
                                new Message.AssistantMessage("", null, List.of(call), null, null),
                                FinishReason.TOOL_CALLS,
                                JsonValue.NULL)),
                Usage.ZERO,
                "fp_1");

        var normalized = normalizer.response(upstream, request);

        assertThat(normalized.id()).matches("chatcmpl-[A-Za-z0-9]{29}");
        assertThat(normalized.created()).isEqualTo(1_700_000_000L);
        assertThat(normalized.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(normalized.systemFingerprint()).isEqualTo("fp_1");
        assertThat(normalized.choices()).extracting(c -> c.message().content()).containsExactly("", null);
        assertThat(normalized.choices().get(1).message().toolCalls()).containsExactly(call);
        assertThat(normalized.choices().get(1).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(normalized.choices().get(1).logprobs()).isEqualTo(JsonValue.NULL);
        // "Be brief.\nCapital of France?" is 28 characters: 7 tokens; no answer text: 0 tokens.
        assertThat(normalized.usage()).isEqualTo(new Usage(7, 0, 0, 0, true));
    }

    @Test
    void keeps_what_a_well_behaved_provider_sent() {
        var request = ChatRequest.of("m", Message.user("hi"));
        var upstream = new ChatResponse(
                "chatcmpl-abc",
                1_700_000_000L,
                "m",
                List.of(Choice.of(Message.assistant("Hello"), FinishReason.STOP)),
                Usage.of(9, 3),
                null);

        assertThat(normalizer.response(upstream, request)).isEqualTo(upstream);
    }

    @Test
    void prefixes_a_provider_id_and_dates_a_missing_timestamp_now() {
        var request = ChatRequest.of("m", Message.user("hi"));
        var upstream = new ChatResponse(
                "msg_123",
                0,
                "m",
                List.of(Choice.of(Message.assistant("Hello there"), FinishReason.LENGTH)),
                Usage.ZERO,
                null);

        var normalized = normalizer.response(upstream, request);

        assertThat(normalized.id()).isEqualTo("chatcmpl-msg_123");
        assertThat(normalized.created()).isEqualTo(NOW);
        assertThat(normalized.usage()).isEqualTo(new Usage(1, 3, 0, 0, true));
    }

    @Test
    void normalizes_a_legacy_completion_end_to_end() {
        var request = new CompletionRequest(
                "davinci", List.of("Say this", "and that"), Sampling.DEFAULTS, null, null, null, null, Map.of());
        var upstream = new CompletionResponse(
                "",
                1_700_000_000_000_000L,
                "davinci-002",
                List.of(
                        new CompletionResponse.Choice(0, "This is", FinishReason.STOP, null),
                        new CompletionResponse.Choice(1, " a test", FinishReason.LENGTH, null)),
                Usage.ZERO);

        var normalized = normalizer.response(upstream, request);

        assertThat(normalized.id()).matches("cmpl-[A-Za-z0-9]{29}");
        assertThat(normalized.created()).isEqualTo(1_700_000_000L);
        assertThat(normalized.model()).isEqualTo("davinci-002");
        assertThat(normalized.choices()).isEqualTo(upstream.choices());
        // "Say this\nand that" is 17 characters: 5 tokens; "This is a test" is 14: 4 tokens.
        assertThat(normalized.usage()).isEqualTo(new Usage(5, 4, 0, 0, true));
    }

    @Test
    void keeps_a_completion_id_and_reported_usage() {
        var upstream = new CompletionResponse(
                "cmpl-xyz",
                1_700_000_000L,
                "m",
                List.of(new CompletionResponse.Choice(0, "a", FinishReason.STOP, null)),
                Usage.of(2, 1));

        assertThat(normalizer.response(upstream, CompletionRequest.of("m", "p")))
                .isEqualTo(upstream);
    }

    @Test
    void normalizes_every_message_of_a_request() {
        var call = new ToolCall("call_1", "lookup", "{}");
        var request = ChatRequest.of(
                "m",
                Message.user(List.of(ContentPart.text(""), ContentPart.image("https://x/y.png"))),
                new Message.AssistantMessage("", null, List.of(call), null, null),
                Message.tool("call_1", "42"));

        var normalized = normalizer.request(request);

        assertThat(normalized.messages())
                .containsExactly(
                        Message.user(List.of(ContentPart.image("https://x/y.png"))),
                        Message.assistant(List.of(call)),
                        Message.tool("call_1", "42"));
        assertThat(normalized.model()).isEqualTo("m");
    }

    @Test
    void ids_and_timestamps_are_also_offered_one_by_one_for_streams() {
        assertThat(normalizer.chatId("abc")).isEqualTo("chatcmpl-abc");
        assertThat(normalizer.chatId(null)).startsWith("chatcmpl-");
        assertThat(normalizer.completionId("abc")).isEqualTo("cmpl-abc");
        assertThat(normalizer.completionId(null)).startsWith("cmpl-");
        assertThat(normalizer.created(-5)).isEqualTo(NOW);
        assertThat(normalizer.created(1_700_000_000_999L)).isEqualTo(1_700_000_000L);
    }

    @Test
    void the_prompt_text_joins_every_message_text_by_lines() {
        var request = ChatRequest.of(
                "m", Message.system("s"), Message.user("u"), Message.assistant(List.of(new ToolCall("c", "f", "{}"))));

        assertThat(Normalizer.promptText(request)).isEqualTo("s\nu\n");
    }

    @Test
    void requires_a_clock_and_a_random_generator() {
        assertThatThrownBy(() -> new Normalizer(null, new Random())).hasMessage("clock");
        assertThatThrownBy(() -> new Normalizer(CLOCK, null)).hasMessage("random");
    }
}

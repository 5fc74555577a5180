package dev.switchboard.adapters.providers.mock;

import static dev.switchboard.adapters.providers.mock.MockSetup.context;
import static dev.switchboard.adapters.providers.mock.MockSetup.drain;
import static dev.switchboard.adapters.providers.mock.MockSetup.provider;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockCompletionTest {

    @Test
    void echoes_the_prompt() {
        var response = provider().completeText(CompletionRequest.of("echo", "Say this is a test"), context());

        assertThat(response.choices())
                .containsExactly(new CompletionResponse.Choice(0, "Say this is a test", FinishReason.STOP, null));
        assertThat(response.model()).isEqualTo("echo");
        assertThat(response.id()).startsWith("mock-");
        assertThat(response.usage()).isEqualTo(Usage.of(5, 5));
    }

    @Test
    void answers_with_the_configured_reply() {
        var response = provider("reply", "fixed").completeText(CompletionRequest.of("echo", "anything"), context());

        assertThat(response.choices().getFirst().text()).isEqualTo("fixed");
    }

    @Test
    void says_no_text_for_a_blank_prompt() {
        var response = provider().completeText(CompletionRequest.of("echo", " "), context());

        assertThat(response.choices().getFirst().text()).isEqualTo(MockReply.NO_TEXT);
    }

    @Test
    void numbers_n_choices_per_prompt_prompt_by_prompt_and_cuts_at_max_tokens() {
        var sampling = new Sampling(null, null, 2, null, null, List.of(), null, 2, null, null);
        var request = new CompletionRequest("echo", List.of("a b c", "d"), sampling, null, null, null, null, Map.of());

        var response = provider().completeText(request, context());

        assertThat(response.choices())
                .containsExactly(
                        new CompletionResponse.Choice(0, "a b", FinishReason.LENGTH, null),
                        new CompletionResponse.Choice(1, "a b", FinishReason.LENGTH, null),
                        new CompletionResponse.Choice(2, "d", FinishReason.STOP, null),
                        new CompletionResponse.Choice(3, "d", FinishReason.STOP, null));
        assertThat(response.usage()).isEqualTo(Usage.of(4, 6));
    }

    @Test
    void repeats_the_prompt_before_the_answer_when_echo_is_on() {
        var request =
                new CompletionRequest("echo", List.of("Once"), Sampling.DEFAULTS, null, true, null, null, Map.of());

        assertThat(provider("reply", " upon a time")
                        .completeText(request, context())
                        .choices()
                        .getFirst()
                        .text())
                .isEqualTo("Once upon a time");
    }

    @Test
    void streams_the_same_text_as_the_whole_completion() {
        var events = drain(provider().streamText(CompletionRequest.of("echo", "to be or not"), context()));

        assertThat(events.getFirst()).isInstanceOf(ChatEvent.Started.class);
        assertThat(events.subList(1, events.size()))
                .containsExactly(
                        new ChatEvent.TextDelta(0, "to"),
                        new ChatEvent.TextDelta(0, " be"),
                        new ChatEvent.TextDelta(0, " or"),
                        new ChatEvent.TextDelta(0, " not"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(4, 4)));
    }
}

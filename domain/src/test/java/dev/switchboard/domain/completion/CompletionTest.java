package dev.switchboard.domain.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionTest {

    private static CompletionRequest request(String model, List<String> prompts, Integer logprobs) {
        return new CompletionRequest(model, prompts, Sampling.DEFAULTS, logprobs, null, null, null, Map.of());
    }

    @Test
    void a_request_needs_a_model_and_a_prompt() {
        assertThatThrownBy(() -> CompletionRequest.of(" ", "p")).hasMessage("model must not be blank");
        assertThatThrownBy(() -> request("m", List.of(), null)).hasMessage("prompt must not be empty");
        assertThatThrownBy(() -> new CompletionRequest("m", List.of("p"), null, null, null, null, null, Map.of()))
                .hasMessage("sampling");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void logprobs_are_between_0_and_5(int logprobs) {
        assertThatThrownBy(() -> request("m", List.of("p"), logprobs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("logprobs must be between 0 and 5");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5})
    void accepts_logprobs_at_the_bounds(int logprobs) {
        assertThat(request("m", List.of("p"), logprobs).logprobs()).isEqualTo(logprobs);
    }

    @Test
    void with_model_keeps_everything_else() {
        var request = new CompletionRequest(
                "openai/davinci",
                List.of("a", "b"),
                Sampling.DEFAULTS,
                2,
                true,
                "end",
                "u",
                Map.of("best_of", JsonValue.Num.of(2)));

        var routed = request.withModel("davinci");

        assertThat(routed.model()).isEqualTo("davinci");
        assertThat(routed.withModel("openai/davinci")).isEqualTo(request);
        assertThat(CompletionRequest.of("m", "p").prompts()).containsExactly("p");
    }

    @Test
    void a_response_checks_its_parts() {
        assertThatThrownBy(() -> new CompletionResponse(null, 0, "m", List.of(), Usage.ZERO))
                .hasMessage("id");
        assertThatThrownBy(() -> new CompletionResponse("i", 0, null, List.of(), Usage.ZERO))
                .hasMessage("model");
        assertThatThrownBy(() -> new CompletionResponse("i", 0, "m", List.of(), null))
                .hasMessage("usage");
        assertThatThrownBy(() -> new CompletionResponse.Choice(0, null, FinishReason.STOP, null))
                .hasMessage("text");
        assertThatThrownBy(() -> new CompletionResponse.Choice(0, "t", null, null))
                .hasMessage("finishReason");
    }
}

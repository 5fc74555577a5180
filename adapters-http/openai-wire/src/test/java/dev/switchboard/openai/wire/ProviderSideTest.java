package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The codec the other way round: what an OpenAI-family provider adapter sends and reads. */
class ProviderSideTest {

    @Test
    void writes_a_request_upstream_with_only_what_is_set_and_extensions_last() {
        ChatRequest request =
                ChatRequestReader.read(Golden.bytes("chat-request-full.json")).request();

        Golden.assertMatches(ChatRequestWriter.write(request, true), "chat-request-upstream.json");
        assertThat(Golden.json(ChatRequestWriter.write(request, false)).has("stream"))
                .isFalse();
    }

    @Test
    void writes_a_minimal_request_that_reads_back_the_same() {
        ChatRequest request = ChatRequest.of("gpt-4o-mini", Message.developer("Be brief."), Message.user("Hello!"));

        byte[] body = ChatRequestWriter.write(request, false);

        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"model\":\"gpt-4o-mini\",\"messages\":["
                                + "{\"role\":\"developer\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hello!\"}]}");
        assertThat(ChatRequestReader.read(body).request()).isEqualTo(request);
    }

    @Test
    void reads_responses_back_into_the_domain_unchanged() {
        for (String golden : new String[] {"chat-response-text.json", "chat-response-tools.json"}) {
            var response = ChatResponseReader.read(Golden.bytes(golden));

            Golden.assertMatches(ChatResponseWriter.write(response), golden);
        }
    }

    @Test
    void reads_a_response_with_extra_fields_and_another_reasoning_name() {
        var response = ChatResponseReader.read(Golden.bytes("chat-response-upstream.json"));

        assertThat(response.model()).isEqualTo("gpt-5.4");
        assertThat(response.message().content()).isEqualTo("Hello! How can I assist you today?");
        assertThat(response.message().reasoning()).isEqualTo("Be friendly.");
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new Usage(19, 10, 2, 4, false));
    }

    @Test
    void leaves_what_a_response_does_not_say_to_the_normalizer() {
        var response = ChatResponseReader.read(
                "{\"choices\":[{\"message\":{\"content\":\"hi\"}}]}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.id()).isEmpty();
        assertThat(response.created()).isZero();
        assertThat(response.usage()).isEqualTo(Usage.ZERO);
        assertThat(response.choices().getFirst().index()).isZero();
    }

    @Test
    void refuses_a_response_without_choices_naming_the_field() {
        var error = catchThrowableOfType(
                WireFormatException.class,
                () -> ChatResponseReader.read("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(error.param()).isEqualTo("choices");
    }

    @Test
    void reads_upstream_error_envelopes() {
        assertThat(ErrorBody.parse(bytes("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"tokens\","
                        + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}")))
                .contains(new ErrorBody("Rate limit reached", "tokens", null, "rate_limit_exceeded"));
        assertThat(ErrorBody.parse(bytes("{\"error\":{\"code\":429}}")))
                .contains(new ErrorBody("the upstream reported an error", "error", null, "429"));
        assertThat(ErrorBody.parse(bytes("{\"error\":\"model not loaded\"}")))
                .contains(new ErrorBody("model not loaded", "error", null, null));
        assertThat(ErrorBody.parse(bytes("{\"id\":\"chatcmpl-1\",\"choices\":[]}")))
                .isEmpty();
        assertThat(ErrorBody.parse(bytes("{\"error\":null}"))).isEmpty();
        assertThat(ErrorBody.parse(bytes("{\"error\":[1]}"))).isEmpty();
        assertThat(ErrorBody.parse(bytes("<html>Bad Gateway</html>"))).isEmpty();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the request mapping refuses, naming the field, and the parts that need no golden file. */
class GeminiRequestRulesTest {

    @Test
    void refuses_what_gemini_cannot_take_naming_the_field() {
        assertRefused(ChatRequest.of("m", Message.system("only")), "messages");
        assertRefused(ChatRequest.of("m", Message.user("hi"), Message.tool("call_x", "1")), "messages[1].tool_call_id");
        assertRefused(
                ChatRequest.of("m", Message.assistant(List.of(new ToolCall("c", "f", "[1]")))),
                "messages[0].tool_calls[0].function.arguments");
        assertRefused(
                ChatRequest.builder("m")
                        .message(Message.user("hi"))
                        .sampling(new Sampling(null, null, null, null, null, List.of(), 1L << 40, null, null, null))
                        .build(),
                "seed");
        assertRefused(
                ChatRequest.builder("m")
                        .message(Message.user("hi"))
                        .extension("thinking_config", JsonValue.of("x"))
                        .build(),
                "thinking_config");
        assertRefused(
                ChatRequest.of("m", Message.user(List.of(ContentPart.image("data:image/png,raw")))),
                "messages[0].content[0]");
    }

    private static void assertRefused(ChatRequest request, String param) {
        assertThatThrownBy(() -> GeminiMapper.body(request))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isInstanceOfSatisfying(
                                        ProviderFailure.InvalidRequest.class,
                                        failure -> assertThat(failure.param()).isEqualTo(param)));
    }

    @Test
    void audio_goes_inline_with_its_format_as_media_type() {
        var request = ChatRequest.of("m", Message.user(List.of(new ContentPart.Audio("UklGRg==", "wav"))));

        assertThat(GeminiMapper.body(request).at("/contents/0/parts/0"))
                .isEqualTo(json("{\"inlineData\":{\"mimeType\":\"audio/wav\",\"data\":\"UklGRg==\"}}"));
    }
}

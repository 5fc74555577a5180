package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.GatewaySettings;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.provider.ProviderSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of docs/embedding.md, kept compiling and passing. */
class EmbeddingExampleTest {

    @Test
    void an_application_embeds_the_gateway_as_a_library() {
        // docs/embedding.md: start
        var mock = ProviderSettings.of("mock", "mock", Map.of());
        ChatResponse answer;
        var streamed = new StringBuilder();
        EmbeddingResponse vectors;
        try (Gateway gateway = Gateway.start(GatewaySettings.inMemory(List.of(mock)))) {
            ChatRequest request = ChatRequest.of("mock/echo", Message.user("Hello from the JVM"));

            answer = gateway.chat(request, RequestContext.generated());

            try (ChatStream stream = gateway.streamChat(request, RequestContext.generated())) {
                for (ChatEvent event : stream) {
                    if (event instanceof ChatEvent.TextDelta delta) streamed.append(delta.text());
                }
            }

            vectors = gateway.embed(EmbeddingRequest.of("mock/embed", "a", "b"), RequestContext.generated());
        }
        // docs/embedding.md: end

        assertThat(answer.message().content()).contains("Hello from the JVM");
        assertThat(answer.id()).startsWith("chatcmpl-");
        assertThat(streamed.toString()).contains("Hello from the JVM");
        assertThat(vectors.data()).hasSize(2);
    }

    @Test
    void the_documentation_shows_exactly_this_example() throws IOException {
        String test = Files.readString(Path.of("src/test/java/dev/switchboard/bootstrap/EmbeddingExampleTest.java"));
        String doc = Files.readString(Path.of("../docs/embedding.md"));
        String marker = "// docs/embedding.md: ";
        String example = test.substring(
                        test.indexOf(marker + "start") + marker.length() + 6, test.indexOf(marker + "end"))
                .stripTrailing()
                .lines()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));

        assertThat(doc).contains("```java\n" + example + "\n```");
    }
}

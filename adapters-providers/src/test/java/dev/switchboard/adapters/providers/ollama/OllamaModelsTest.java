package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.ollama.OllamaStubs.response;
import static dev.switchboard.adapters.providers.ollama.OllamaStubs.tree;
import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelProvider;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery: {@code /api/tags} for the installed models, {@code /api/show} for what each can do. */
class OllamaModelsTest {

    private static final ProviderId LOCAL = ProviderId.of("local");

    private StubUpstream stub;
    private ModelProvider ollama;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        ollama = OllamaStubs.provider(stub);
        stub.on("/api/tags", response("tags.json"));
        stub.on("/api/show", exchange -> {
            String model = ProviderJson.tree(StubUpstream.body(exchange), "show request")
                    .path("model")
                    .asText();
            var reply = switch (model) {
                case "llama3.2:latest" -> response("show-llama.json");
                case "all-minilm:latest" -> response("show-minilm.json");
                default -> Replies.json(500, "{\"error\":\"unable to load model\"}");
            };
            reply.send(exchange);
        });
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void lists_every_installed_model_with_its_capabilities_and_trained_context_length() {
        assertThat(ollama.models(anonymous()))
                .containsExactly(
                        new ModelDescriptor(
                                new ModelRef(LOCAL, "llama3.2:latest"),
                                OffsetDateTime.parse("2025-05-04T17:37:44.706015396-07:00")
                                        .toEpochSecond(),
                                "library",
                                Set.of(
                                        Capability.CHAT,
                                        Capability.COMPLETIONS,
                                        Capability.STREAMING,
                                        Capability.JSON_MODE,
                                        Capability.STRUCTURED_OUTPUT,
                                        Capability.TOOLS,
                                        Capability.VISION,
                                        Capability.REASONING),
                                131072,
                                null),
                        new ModelDescriptor(
                                new ModelRef(LOCAL, "all-minilm:latest"),
                                OffsetDateTime.parse("2025-05-01T10:00:00Z").toEpochSecond(),
                                "library",
                                Set.of(Capability.EMBEDDINGS),
                                512,
                                null),
                        new ModelDescriptor(
                                new ModelRef(LOCAL, "jmorgan/broken:7b"),
                                OffsetDateTime.parse("2025-04-01T00:00:00Z").toEpochSecond(),
                                "jmorgan",
                                Set.of(),
                                null,
                                null));
    }

    @Test
    void asks_show_once_per_model_by_its_full_name() {
        ollama.models(anonymous());

        assertThat(stub.requests())
                .filteredOn(request -> request.path().equals("/api/show"))
                .extracting(request -> tree(request.text()).path("model").asText())
                .containsExactlyInAnyOrder("llama3.2:latest", "all-minilm:latest", "jmorgan/broken:7b");
    }

    @Test
    void health_is_up_when_the_model_list_answers_and_down_when_it_is_not_a_list() {
        var health = ollama.health(anonymous());
        assertThat(health.up()).isTrue();
        assertThat(health.detail()).isEqualTo("the model list answered (3 models)");

        stub.on("/api/tags", Replies.json(200, "{\"status\":\"ok\"}"));
        var broken = ollama.health(anonymous());
        assertThat(broken.up()).isFalse();
        assertThat(broken.detail()).isEqualTo("the upstream's answer is malformed: models must be an array");
    }
}

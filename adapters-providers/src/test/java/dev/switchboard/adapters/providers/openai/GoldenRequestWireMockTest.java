package dev.switchboard.adapters.providers.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.domain.provider.ModelProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each dialect sends for each feature, field by field: URL, headers (key, request id, content type) and a body
 * equal to the feature's golden file under {@code openai/requests}. Runs on the class path, where WireMock lives.
 */
class GoldenRequestWireMockTest {

    private static WireMockServer upstream;

    /** One feature: its golden file, the operation it calls and how. */
    record Feature(String golden, Operation operation, boolean stream, Consumer<ModelProvider> call) {
        @Override
        public String toString() {
            return golden;
        }
    }

    @BeforeAll
    static void start() {
        upstream = new WireMockServer(options().dynamicPort());
        upstream.start();
    }

    @AfterAll
    static void stop() {
        upstream.stop();
    }

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    static List<Feature> features() {
        return List.of(
                chat("chat-text", provider -> provider.complete(GoldenRequests.text(), withKey())),
                chat("chat-tools", provider -> provider.complete(GoldenRequests.tools(), withKey())),
                chat("chat-vision", provider -> provider.complete(GoldenRequests.vision(), withKey())),
                chat("chat-response-format", provider -> provider.complete(GoldenRequests.responseFormat(), withKey())),
                chat("chat-json-mode", provider -> provider.complete(GoldenRequests.jsonMode(), withKey())),
                chat("chat-reasoning", provider -> provider.complete(GoldenRequests.reasoning(), withKey())),
                chat("chat-sampling", provider -> provider.complete(GoldenRequests.sampling(), withKey())),
                chat("chat-extensions", provider -> provider.complete(GoldenRequests.extensions(), withKey())),
                new Feature(
                        "chat-stream",
                        Operation.CHAT,
                        true,
                        provider -> drain(provider.stream(GoldenRequests.stream(), withKey()))),
                new Feature(
                        "completion",
                        Operation.COMPLETIONS,
                        false,
                        provider -> provider.completeText(GoldenRequests.completion(), withKey())),
                new Feature(
                        "completion-stream",
                        Operation.COMPLETIONS,
                        true,
                        provider -> drain(provider.streamText(GoldenRequests.completionStream(), withKey()))),
                new Feature(
                        "embeddings",
                        Operation.EMBEDDINGS,
                        false,
                        provider -> provider.embed(GoldenRequests.embeddings(), withKey())),
                new Feature(
                        "embeddings-tokens",
                        Operation.EMBEDDINGS,
                        false,
                        provider -> provider.embed(GoldenRequests.embeddingTokens(), withKey())));
    }

    static List<Arguments> cases() {
        var cases = new ArrayList<Arguments>();
        for (GoldenTargets.Target target : GoldenTargets.targets()) {
            for (Feature feature : features()) {
                boolean offered = !(target.name().equals("cerebras") && feature.operation() == Operation.EMBEDDINGS);
                if (offered) cases.add(Arguments.of(target, feature));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} sends {1}")
    @MethodSource("cases")
    void sends_exactly_the_golden_request(GoldenTargets.Target target, Feature feature) {
        upstream.stubFor(any(anyUrl()).willReturn(answer(feature)));

        feature.call().accept(target.create().apply(upstream.baseUrl()));

        assertThat(upstream.getAllServeEvents()).hasSize(1);
        LoggedRequest request = upstream.getAllServeEvents().getFirst().getRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(target.url().apply(feature));
        assertThat(request.getHeader("X-Request-ID")).isEqualTo(Contexts.REQUEST_ID);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("Accept")).isEqualTo(feature.stream() ? "text/event-stream" : "application/json");
        target.auth().accept(request);
        assertThat(ProviderJson.tree(request.getBody(), "sent body")).isEqualTo(golden(feature, target));
    }

    private static Feature chat(String golden, Consumer<ModelProvider> call) {
        return new Feature(golden, Operation.CHAT, false, call);
    }

    private static ObjectNode golden(Feature feature, GoldenTargets.Target target) {
        var golden = (ObjectNode) ProviderJson.tree(
                resource("openai/requests/" + feature.golden() + ".json").getBytes(StandardCharsets.UTF_8), "golden");
        golden.put("model", target.bodyModel().apply(golden.get("model").textValue()));
        return golden;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(Feature feature) {
        String file = switch (feature.operation()) {
            case CHAT -> feature.stream() ? "streams/text.sse" : "responses/chat-text.json";
            case COMPLETIONS -> feature.stream() ? "streams/completions.sse" : "responses/completion.json";
            default -> "responses/embeddings-float.json";
        };
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", feature.stream() ? "text/event-stream" : "application/json")
                .withBody(resource("openai/" + file));
    }
}

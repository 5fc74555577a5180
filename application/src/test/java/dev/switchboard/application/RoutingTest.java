package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final Gateway gateway = Setups.start(
            Setups.withAliases(
                    factory,
                    Map.of("fast", "openai/gpt-4o-mini", "deep", "together/meta-llama/Llama-3-70b"),
                    "openai",
                    "anthropic",
                    "together"),
            factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -         | openai/gpt-4o                   | openai    | gpt-4o
            -         | anthropic/claude-sonnet-4-5     | anthropic | claude-sonnet-4-5
            -         | together/meta-llama/Llama-3-70b | together  | meta-llama/Llama-3-70b
            -         | openai/ft:gpt-4o:org/x          | openai    | ft:gpt-4o:org/x
            -         | fast                            | openai    | gpt-4o-mini
            -         | deep                            | together  | meta-llama/Llama-3-70b
            openai    | gpt-4o                          | openai    | gpt-4o
            openai    | openai/gpt-4o                   | openai    | gpt-4o
            openai    | anthropic/claude                | openai    | anthropic/claude
            openai    | fast                            | openai    | fast
            together  | meta-llama/Llama-3-70b          | together  | meta-llama/Llama-3-70b
            together  | together/meta-llama/Llama-3-70b | together  | meta-llama/Llama-3-70b
            """)
    void sends_the_request_to_the_named_provider_with_its_own_model_name(
            String route, String model, String provider, String upstreamModel) {
        var context = route == null ? RequestContext.of("r1") : RequestContext.forProvider("r1", ProviderId.of(route));

        gateway.chat(ChatRequests.userSays(model, "hi"), context);

        var fake = factory.provider(provider);
        assertThat(fake.calls(FakeCall.Chat.class)).singleElement().satisfies(call -> {
            assertThat(call.request().model()).isEqualTo(upstreamModel);
            assertThat(call.context().requestId()).isEqualTo("r1");
        });
    }

    @Test
    void an_unknown_provider_is_model_not_found() {
        var failure = failure("mistral/large", RequestContext.of("r1"));

        assertThat(failure).isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(failure.message()).isEqualTo("provider 'mistral' is not configured");
    }

    @Test
    void an_unknown_provider_route_is_model_not_found() {
        var failure = failure("large", RequestContext.forProvider("r1", ProviderId.of("mistral")));

        assertThat(failure).isEqualTo(new ProviderFailure.ModelNotFound("provider 'mistral' is not configured"));
    }

    @Test
    void a_bare_model_name_is_model_not_found_listing_the_providers() {
        var failure = failure("gpt-4o", RequestContext.of("r1"));

        assertThat(failure)
                .isEqualTo(new ProviderFailure.ModelNotFound("model 'gpt-4o' is neither provider/model nor a"
                        + " configured alias, and no provider lists it; providers: [anthropic, openai, together]"));
    }

    @Test
    void a_name_that_is_no_provider_id_is_model_not_found() {
        assertThat(failure("OpenAI/gpt-4o", RequestContext.of("r1"))).isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(failure("/gpt-4o", RequestContext.of("r1"))).isInstanceOf(ProviderFailure.ModelNotFound.class);
    }

    @Test
    void no_provider_is_asked_to_answer_an_unknown_model_only_to_list_its_models() {
        failure("gpt-4o", RequestContext.of("r1"));

        assertThat(factory.provider("openai").calls()).allMatch(FakeCall.Models.class::isInstance);
    }

    @Test
    void each_call_carries_the_gateway_timeout_or_the_providers_own() {
        var own = new FakeModelProviderFactory();
        var slow = own.settings("slow", Map.of("request_timeout", JsonValue.of("2m")));
        var settings = new GatewaySettings(
                List.of(own.settings("quick"), slow), List.of(), Map.of(), Duration.ofSeconds(7), null);
        try (var gateway = Setups.start(settings, own)) {
            gateway.chat(ChatRequests.userSays("quick/m", "hi"), RequestContext.of("r1"));
            gateway.chat(ChatRequests.userSays("slow/m", "hi"), RequestContext.of("r2"));
        }

        assertThat(own.provider("quick").calls().getFirst().context().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(own.provider("slow").calls().getFirst().context().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(own.created())
                .extracting(s -> s.timeout())
                .containsExactly(Duration.ofSeconds(7), Duration.ofMinutes(2));
    }

    @Test
    void knows_which_providers_are_configured() {
        assertThat(gateway.hasProvider(ProviderId.of("openai"))).isTrue();
        assertThat(gateway.hasProvider(ProviderId.of("mistral"))).isFalse();
    }

    private ProviderFailure failure(String model, RequestContext context) {
        return catchThrowableOfType(
                        ProviderException.class, () -> gateway.chat(ChatRequests.userSays(model, "hi"), context))
                .failure();
    }
}

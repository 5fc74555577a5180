package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the library resolves a model name: the same way the HTTP API does, since both call the gateway. */
class ModelResolutionTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @BeforeEach
    void start() {
        factory.provider("openai").modelsNamed("gpt-4o", "shared-model");
        factory.provider("groq").modelsNamed("llama-3.3-70b", "shared-model");
        factory.provider("together").modelsNamed("meta-llama/Llama-3-70b", "only-here");
        var settings = Setups.withAliases(factory, Map.of("fast", "openai/gpt-4o-mini"), "openai", "groq", "together")
                .withRoutes(List.of(
                        chain("smart", "groq/llama-3.3-70b", "openai/gpt-4o", "together/meta-llama/Llama-3-70b"),
                        chain("openai/gpt-4o-legacy", "openai/gpt-4o", "groq/llama-3.3-70b")))
                .withResilience(Chains.quick(1));
        gateway = Setups.start(settings, factory);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            openai   | gpt-4o                 | openai/gpt-4o
            openai   | openai/gpt-4o          | openai/gpt-4o
            openai   | smart                  | openai/smart
            -        | fast                   | openai/gpt-4o-mini
            -        | smart                  | groq/llama-3.3-70b
            -        | openai/gpt-4o-legacy   | openai/gpt-4o
            -        | groq/anything          | groq/anything
            -        | llama-3.3-70b          | groq/llama-3.3-70b
            -        | only-here              | together/only-here
            -        | meta-llama/Llama-3-70b | together/meta-llama/Llama-3-70b
            """)
    void resolves_a_model_name_to_the_model_that_serves_it(String route, String model, String served) {
        var context = route == null ? RequestContext.of("r1") : RequestContext.forProvider("r1", ProviderId.of(route));

        gateway.chat(ChatRequests.userSays(model, "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.parse(served).orElseThrow());
        assertThat(context.trace().attempts()).isEqualTo(1);
    }

    @Test
    void a_fallback_chain_tries_its_targets_in_the_configured_order() {
        factory.provider("groq").failWith(Chains.unavailable());
        factory.provider("openai").failWith(Chains.unavailable());
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("smart", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("together", "meta-llama/Llama-3-70b"));
        assertThat(factory.provider("groq").calls(FakeCall.Chat.class))
                .singleElement()
                .satisfies(call -> assertThat(call.request().model()).isEqualTo("llama-3.3-70b"));
        assertThat(factory.provider("openai").calls(FakeCall.Chat.class))
                .singleElement()
                .satisfies(call -> assertThat(call.request().model()).isEqualTo("gpt-4o"));
    }

    @Test
    void a_provider_route_never_falls_back_to_another_provider() {
        factory.provider("openai").failWith(Chains.unavailable());

        var failure = failure("gpt-4o", RequestContext.forProvider("r1", ProviderId.of("openai")));

        assertThat(failure).isInstanceOf(ProviderFailure.Unavailable.class);
        assertThat(factory.provider("groq").calls(FakeCall.Chat.class)).isEmpty();
    }

    @Test
    void a_bare_name_listed_by_two_providers_is_an_invalid_request_naming_both() {
        var failure = failure("shared-model", RequestContext.of("r1"));

        assertThat(failure)
                .isEqualTo(new ProviderFailure.InvalidRequest(
                        "model 'shared-model' is offered by several providers; name one of: openai/shared-model,"
                                + " groq/shared-model",
                        "model"));
    }

    @Test
    void an_unknown_bare_name_is_model_not_found() {
        assertThat(failure("gpt-9", RequestContext.of("r1"))).isInstanceOf(ProviderFailure.ModelNotFound.class);
    }

    @Test
    void a_slashed_name_whose_prefix_no_provider_has_and_no_provider_lists_names_the_missing_provider() {
        assertThat(failure("meta-llama/Llama-9", RequestContext.of("r1")))
                .isEqualTo(new ProviderFailure.ModelNotFound("provider 'meta-llama' is not configured"));
    }

    @Test
    void a_balanced_route_spreads_requests_by_weight_and_keeps_the_other_target_as_fallback() {
        gateway.operations()
                .saveRoute(
                        "spread",
                        List.of(
                                new RouteTarget(ModelRef.of("openai", "gpt-4o"), 3),
                                new RouteTarget(ModelRef.of("groq", "llama-3.3-70b"), 1)),
                        true,
                        "tester");

        int toOpenai = 0;
        for (int i = 0; i < 400; i++) {
            var context = RequestContext.of("r" + i);
            gateway.chat(ChatRequests.userSays("spread", "hi"), context);
            if (context.trace().servedBy().provider().value().equals("openai")) toOpenai++;
        }

        assertThat(toOpenai).isBetween(240, 360);
        factory.provider("openai").failWith(Chains.unavailable());
        for (int i = 0; i < 20; i++) {
            var context = RequestContext.of("f" + i);
            gateway.chat(ChatRequests.userSays("spread", "hi"), context);
            assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("groq", "llama-3.3-70b"));
        }
    }

    @Test
    void finds_a_models_description_through_a_fallback_chain_by_its_first_target() {
        assertThat(gateway.model("smart", RequestContext.of("r1")))
                .map(model -> model.ref().qualified())
                .contains("groq/llama-3.3-70b");
    }

    @Test
    void a_provider_slash_model_request_never_waits_for_the_providers_model_list() {
        var context = RequestContext.of("r1");

        gateway.chat(Chains.withImage("groq/not-listed"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("groq", "not-listed"));
        assertThat(factory.provider("groq").calls(FakeCall.Models.class)).isEmpty();
    }

    private ProviderFailure failure(String model, RequestContext context) {
        return catchThrowableOfType(
                        ProviderException.class, () -> gateway.chat(ChatRequests.userSays(model, "hi"), context))
                .failure();
    }
}

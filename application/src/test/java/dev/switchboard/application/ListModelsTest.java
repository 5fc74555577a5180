package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListModelsTest {

    private static final RequestContext PLAIN = RequestContext.of("req-1");
    private static final RequestContext ON_OPENAI = RequestContext.forProvider("req-2", ProviderId.of("openai"));

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @BeforeEach
    void start() {
        factory.provider("openai").modelsNamed("gpt-4o", "gpt-4o-mini");
        factory.provider("anthropic").modelsNamed("claude-sonnet-4-5");
        factory.provider("local").modelsNamed("llama3");
        gateway = Setups.start(
                Setups.withAliases(factory, Map.of("fast", "openai/gpt-4o-mini"), "openai", "anthropic", "local"),
                factory);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void lists_every_providers_models_in_configuration_order() {
        assertThat(gateway.models(PLAIN))
                .extracting(model -> model.ref().qualified())
                .containsExactly("openai/gpt-4o", "openai/gpt-4o-mini", "anthropic/claude-sonnet-4-5", "local/llama3");
    }

    @Test
    void lists_only_the_routes_provider() {
        assertThat(gateway.models(ON_OPENAI))
                .extracting(model -> model.ref().qualified())
                .containsExactly("openai/gpt-4o", "openai/gpt-4o-mini");
        assertThat(factory.provider("anthropic").calls()).isEmpty();
    }

    @Test
    void an_unknown_provider_route_is_model_not_found() {
        assertThatThrownBy(() -> gateway.models(RequestContext.forProvider("r", ProviderId.of("mistral"))))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.ModelNotFound.class));
    }

    @Test
    void asks_each_provider_once_and_keeps_the_list() {
        gateway.models(PLAIN);
        gateway.models(PLAIN);
        gateway.models(ON_OPENAI);
        gateway.model("openai/gpt-4o", PLAIN);

        assertThat(factory.provider("openai").calls(FakeCall.Models.class)).hasSize(1);
        assertThat(factory.provider("anthropic").calls(FakeCall.Models.class)).hasSize(1);
    }

    @Test
    void a_failing_provider_has_no_models_until_a_refresh_lists_them() {
        var anthropic = factory.provider("anthropic");
        anthropic.failWith(new ProviderException(new ProviderFailure.Unauthorized("bad key")));

        assertThat(gateway.models(PLAIN))
                .extracting(m -> m.ref().provider().value())
                .doesNotContain("anthropic");

        anthropic.succeed();
        assertThat(gateway.models(PLAIN))
                .extracting(m -> m.ref().provider().value())
                .doesNotContain("anthropic");
        gateway.operations().refreshCatalogue();

        assertThat(gateway.models(PLAIN)).extracting(m -> m.ref().qualified()).contains("anthropic/claude-sonnet-4-5");
        assertThat(anthropic.calls(FakeCall.Models.class)).hasSize(2);
        assertThat(factory.provider("openai").calls(FakeCall.Models.class)).hasSize(2);
    }

    @Test
    void finds_a_model_by_provider_and_name() {
        assertThat(gateway.model("anthropic/claude-sonnet-4-5", PLAIN))
                .map(ModelDescriptor::ownedBy)
                .contains("fake");
        assertThat(gateway.model("openai/gpt-5", PLAIN)).isEmpty();
    }

    @Test
    void finds_a_model_by_alias_and_by_its_own_name_on_a_provider_route() {
        assertThat(gateway.model("fast", PLAIN)).map(m -> m.ref().qualified()).contains("openai/gpt-4o-mini");
        assertThat(gateway.model("gpt-4o", ON_OPENAI))
                .map(m -> m.ref().qualified())
                .contains("openai/gpt-4o");
        assertThat(gateway.model("openai/gpt-4o", ON_OPENAI))
                .map(m -> m.ref().qualified())
                .contains("openai/gpt-4o");
    }

    @Test
    void finds_a_bare_name_one_provider_lists_and_refuses_an_unknown_provider() {
        assertThat(gateway.model("claude-sonnet-4-5", PLAIN))
                .map(m -> m.ref().qualified())
                .contains("anthropic/claude-sonnet-4-5");
        assertThatThrownBy(() -> gateway.model("gpt-9", PLAIN)).isInstanceOf(ProviderException.class);
        assertThatThrownBy(() -> gateway.model("mistral/large", PLAIN)).isInstanceOf(ProviderException.class);
    }
}

package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;

/** Cerebras: OpenAI's shape, with flat error bodies. */
class CerebrasContractTest extends OpenAiFamilyContract {

    @Override
    ModelProvider provider(StubUpstream stub) {
        return new CerebrasProviderFactory(name -> null)
                .create(settings(ID, "cerebras", "base_url", stub.base("/v1").toString()));
    }

    @Override
    String path(Operation operation) {
        return "/v1/" + operation.path();
    }

    @Override
    void assertAuthenticated(StubUpstream.Recorded request) {
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + Contexts.KEY);
    }

    /** Cerebras's error fields sit at the top level, with no {@code error} wrapper. */
    @Override
    String errorBody(String message, String code) {
        return """
                {"message":"%s","type":"not_found_error","param":"quota","code":"%s"}""".formatted(message, code);
    }
}

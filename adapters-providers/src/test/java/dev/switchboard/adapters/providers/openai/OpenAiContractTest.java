package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;

class OpenAiContractTest extends OpenAiFamilyContract {

    @Override
    ModelProvider provider(StubUpstream stub) {
        return new OpenAiProviderFactory()
                .create(settings(ID, "openai", "base_url", stub.base("/v1").toString()));
    }

    @Override
    String path(Operation operation) {
        return "/v1/" + operation.path();
    }

    @Override
    void assertAuthenticated(StubUpstream.Recorded request) {
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + Contexts.KEY);
        assertThat(request.header("api-key")).isNull();
    }

    @Override
    String errorBody(String message, String code) {
        return """
                {"error":{"message":"%s","type":"invalid_request_error","param":null,"code":"%s"}}""".formatted(message, code);
    }
}

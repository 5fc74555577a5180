package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;

/** Azure's v1 URL shape with an Entra ID token: {@code {base}/openai/v1/...}, no api-version, a bearer token. */
class AzureV1ContractTest extends OpenAiFamilyContract {

    @Override
    ModelProvider provider(StubUpstream stub) {
        return new AzureProviderFactory()
                .create(settings(
                        ID, "azure", "base_url", stub.base("/").toString(), "api_style", "v1", "auth", "entra"));
    }

    @Override
    String path(Operation operation) {
        return "/openai/v1/" + operation.path();
    }

    @Override
    void assertAuthenticated(StubUpstream.Recorded request) {
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + Contexts.KEY);
        assertThat(request.header("api-key")).isNull();
        assertThat(request.query()).isNull();
    }

    @Override
    String errorBody(String message, String code) {
        return """
                {"error":{"message":"%s","type":null,"param":null,"code":"%s","status":400}}""".formatted(message, code);
    }
}

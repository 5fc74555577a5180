package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;

/** Azure's classic URL shape: the model's deployment in the path, {@code api-version} in the query. */
class AzureDeploymentsContractTest extends OpenAiFamilyContract {

    @Override
    ModelProvider provider(StubUpstream stub) {
        return new AzureProviderFactory()
                .create(settings(ID, "azure", "base_url", stub.base("").toString()));
    }

    @Override
    String path(Operation operation) {
        return operation.perModel()
                ? "/openai/deployments/" + MODEL + "/" + operation.path()
                : "/openai/" + operation.path();
    }

    @Override
    void assertAuthenticated(StubUpstream.Recorded request) {
        assertThat(request.header("api-key")).isEqualTo(Contexts.KEY);
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.query()).isEqualTo("api-version=2024-10-21");
    }

    /** Azure writes status codes as strings and often leaves out the type. */
    @Override
    String errorBody(String message, String code) {
        return """
                {"error":{"code":"%s","message":"%s"}}""".formatted(code, message);
    }
}

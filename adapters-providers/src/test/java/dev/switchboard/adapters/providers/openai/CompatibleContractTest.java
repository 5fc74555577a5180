package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;

/** An OpenAI-compatible server such as vLLM, which writes its errors flat with a numeric code. */
class CompatibleContractTest extends OpenAiFamilyContract {

    @Override
    ModelProvider provider(StubUpstream stub) {
        return new OpenAiCompatibleProviderFactory()
                .create(settings(
                        ID,
                        "openai-compatible",
                        "base_url",
                        stub.base("/api/v1/").toString()));
    }

    @Override
    String path(Operation operation) {
        return "/api/v1/" + operation.path();
    }

    @Override
    void assertAuthenticated(StubUpstream.Recorded request) {
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + Contexts.KEY);
    }

    @Override
    String errorBody(String message, String code) {
        return """
                {"object":"error","message":"%s","type":"BadRequestError","param":null,"code":"%s"}""".formatted(message, code);
    }
}

package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.domain.provider.ModelProvider;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The dialects as the golden request test configures them, with the URL, key header and body model each must send. */
final class GoldenTargets {

    private GoldenTargets() {}

    /** One dialect as configured for the test, with what it must send. */
    record Target(
            String name,
            Function<String, ModelProvider> create,
            Function<GoldenRequestWireMockTest.Feature, String> url,
            Consumer<LoggedRequest> auth,
            Function<String, String> bodyModel) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Target> targets() {
        return List.of(
                new Target(
                        "openai",
                        base -> new OpenAiProviderFactory()
                                .create(settings(
                                        "openai",
                                        "openai",
                                        "base_url",
                                        base + "/v1",
                                        "organization",
                                        "org-1",
                                        "project",
                                        "proj_1")),
                        feature -> "/v1/" + feature.operation().path(),
                        request -> {
                            bearer(request);
                            assertThat(request.getHeader("OpenAI-Organization")).isEqualTo("org-1");
                            assertThat(request.getHeader("OpenAI-Project")).isEqualTo("proj_1");
                        },
                        model -> model),
                new Target(
                        "azure",
                        base -> new AzureProviderFactory()
                                .create(settings(
                                        "azure", "azure", "base_url", base, "deployments", map("gpt-4o", "prod-4o"))),
                        feature -> "/openai/deployments/" + deployment(feature) + "/"
                                + feature.operation().path() + "?api-version=2024-10-21",
                        request -> {
                            assertThat(request.getHeader("api-key")).isEqualTo(Contexts.KEY);
                            assertThat(request.containsHeader("Authorization")).isFalse();
                        },
                        model -> model),
                new Target(
                        "azure-v1",
                        base -> new AzureProviderFactory()
                                .create(settings(
                                        "azure",
                                        "azure",
                                        "base_url",
                                        base,
                                        "api_style",
                                        "v1",
                                        "auth",
                                        "entra",
                                        "deployments",
                                        map("gpt-4o", "prod-4o"))),
                        feature -> "/openai/v1/" + feature.operation().path(),
                        GoldenTargets::bearer,
                        model -> model.equals("gpt-4o") ? "prod-4o" : model),
                new Target(
                        "cerebras",
                        base -> new CerebrasProviderFactory(name -> null)
                                .create(settings("cerebras", "cerebras", "base_url", base + "/v1")),
                        feature -> "/v1/" + feature.operation().path(),
                        GoldenTargets::bearer,
                        model -> model),
                new Target(
                        "openai-compatible",
                        base -> new OpenAiCompatibleProviderFactory()
                                .create(settings("local", "openai-compatible", "base_url", base + "/v1")),
                        feature -> "/v1/" + feature.operation().path(),
                        GoldenTargets::bearer,
                        model -> model));
    }

    private static String deployment(GoldenRequestWireMockTest.Feature feature) {
        return switch (feature.operation()) {
            case CHAT -> "prod-4o";
            case COMPLETIONS -> "gpt-3.5-turbo-instruct";
            default -> "text-embedding-3-small";
        };
    }

    static void bearer(LoggedRequest request) {
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + Contexts.KEY);
        assertThat(request.containsHeader("api-key")).isFalse();
    }
}

package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRefTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            openai/gpt-4o                         | openai   | gpt-4o
            anthropic/claude-sonnet-4-5           | anthropic| claude-sonnet-4-5
            together/meta-llama/Llama-3-70b       | together | meta-llama/Llama-3-70b
            ollama/llama3:8b                      | ollama   | llama3:8b
            my_azure-2/deployment.v1              | my_azure-2 | deployment.v1
            openai/gpt-4o/                        | openai   | gpt-4o/
            openai//gpt                           | openai   | /gpt
            9lives/m                              | 9lives   | m
            """)
    void parses_provider_and_model_splitting_at_the_first_slash(String text, String provider, String model) {
        var ref = ModelRef.parse(text).orElseThrow();

        assertThat(ref.provider()).isEqualTo(ProviderId.of(provider));
        assertThat(ref.model()).isEqualTo(model);
        assertThat(ref.qualified()).isEqualTo(text);
        assertThat(ref).hasToString(text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "gpt-4o",
                "",
                "/",
                "/gpt-4o",
                "openai/",
                "openai/ ",
                "OpenAI/gpt-4o",
                "open ai/gpt-4o",
                "-openai/gpt-4o",
                "_x/m",
                "open.ai/gpt"
            })
    void is_empty_when_the_text_is_no_provider_model_pair(String text) {
        assertThat(ModelRef.parse(text)).isEmpty();
    }

    @Test
    void builds_from_parts() {
        assertThat(ModelRef.of("openai", "gpt-4o")).isEqualTo(new ModelRef(ProviderId.of("openai"), "gpt-4o"));
    }

    @Test
    void rejects_a_missing_provider_or_a_blank_model() {
        assertThatThrownBy(() -> new ModelRef(null, "m")).hasMessage("provider");
        assertThatThrownBy(() -> ModelRef.of("openai", " ")).hasMessage("model must not be blank");
        assertThatThrownBy(() -> new ModelRef(ProviderId.of("openai"), null)).hasMessage("model must not be blank");
    }
}

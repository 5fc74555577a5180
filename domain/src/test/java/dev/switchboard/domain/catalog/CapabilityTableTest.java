package dev.switchboard.domain.catalog;

import static dev.switchboard.domain.model.Capability.CHAT;
import static dev.switchboard.domain.model.Capability.EMBEDDINGS;
import static dev.switchboard.domain.model.Capability.REASONING;
import static dev.switchboard.domain.model.Capability.STREAMING;
import static dev.switchboard.domain.model.Capability.TOOLS;
import static dev.switchboard.domain.model.Capability.VISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapabilityTableTest {

    private static final CapabilityTable BUNDLED = CapabilityTable.bundled();

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
        "gpt-4o-mini-2024-07-18, gpt-4o-mini*",
        "gpt-4o-2024-08-06, gpt-4o*",
        "gpt-4o-mini-transcribe, gpt-4o-mini-transcribe*",
        "gpt-4, gpt-4*",
        "o3-mini-2025-01-31, o3-mini*",
        "claude-sonnet-4-5-20250929, claude-sonnet-4-5*",
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0, claude-sonnet-4-5*",
        "anthropic.claude-3-5-haiku-20241022-v1:0, claude-3-5-haiku*",
        "amazon.titan-embed-text-v2:0, titan-embed-text-v2*",
        "gemini-2.5-flash-lite, gemini-2.5-flash*",
        "whisper-1, whisper-1",
    })
    void finds_the_first_row_whose_pattern_matches(String model, String pattern) {
        assertThat(BUNDLED.lookup(model)).map(CapabilityRow::pattern).contains(pattern);
    }

    @ParameterizedTest
    @CsvSource({"whisper-1-preview", "llama3.2:latest", "my-azure-deployment", "gpt"})
    void knows_nothing_of_models_it_does_not_list(String model) {
        assertThat(BUNDLED.lookup(model)).isEmpty();
    }

    @Test
    void fills_every_fact_of_a_model_whose_provider_reports_none() {
        var listed = ModelDescriptor.named(ModelRef.of("openai", "text-embedding-3-large"), "system");

        ModelDescriptor filled = BUNDLED.fill(listed);

        assertThat(filled.capabilities()).containsExactly(EMBEDDINGS);
        assertThat(filled.dimensions()).isEqualTo(3072);
        assertThat(filled.contextWindow()).isEqualTo(8191);
        assertThat(filled.maxOutputTokens()).isNull();
        assertThat(filled.ref()).isEqualTo(listed.ref());
        assertThat(filled.ownedBy()).isEqualTo("system");
    }

    @Test
    void keeps_what_the_provider_reported_and_adds_the_capabilities_it_left_out() {
        var listed = new ModelDescriptor(
                ModelRef.of("anthropic", "claude-sonnet-4-5-20250929"),
                1_759_104_000L,
                "anthropic",
                Set.of(CHAT, STREAMING, VISION),
                1_000_000,
                null,
                "Claude Sonnet 4.5");

        ModelDescriptor filled = BUNDLED.fill(listed);

        assertThat(filled.contextWindow()).as("the provider's window wins").isEqualTo(1_000_000);
        assertThat(filled.maxOutputTokens()).as("the gap is filled").isEqualTo(64_000);
        assertThat(filled.capabilities()).contains(CHAT, STREAMING, VISION, TOOLS, REASONING);
        assertThat(filled.displayName()).isEqualTo("Claude Sonnet 4.5");
        assertThat(filled.created()).isEqualTo(1_759_104_000L);
    }

    @Test
    void leaves_a_model_it_does_not_know_as_it_was_listed() {
        var listed = ModelDescriptor.named(ModelRef.of("local", "my-finetune"), "me");

        assertThat(BUNDLED.fill(listed)).isSameAs(listed);
        assertThat(listed.capabilitiesKnown()).isFalse();
    }

    @Test
    void a_star_matches_any_text_including_none_and_the_rest_matches_exactly() {
        var table = CapabilityTable.parse("""
                # comment
                a*b*c,1,2,3,chat

                exact,,,,
                """);

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.lookup("abc")).isPresent();
        assertThat(table.lookup("a-x-b-y-c")).isPresent();
        assertThat(table.lookup("a-x-b-y-cd")).isEmpty();
        assertThat(table.lookup("exact")).map(CapabilityRow::capabilities).contains(Set.of());
        assertThat(table.lookup("exactly")).isEmpty();
    }

    @Test
    void names_the_line_of_a_mistake_in_the_table() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapabilityTable.parse("ok*,1,,,chat\nbad*,1,,,teleport\n"))
                .withMessage("capability table line 2: unknown capability 'teleport'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapabilityTable.parse("x,1,2\n"))
                .withMessage("capability table line 1: expected 5 cells, found 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapabilityTable.parse("x,many,,,chat\n"))
                .withMessage("capability table line 1: context window 'many' is not a whole number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapabilityTable.parse("x,-5,,,chat\n"))
                .withMessage("capability table line 1: context window must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> new CapabilityRow(" ", null, null, null, Set.of()));
    }

    @Test
    void the_bundled_table_is_read_whole() {
        assertThat(BUNDLED.size()).isGreaterThan(60);
        assertThat(BUNDLED.lookup("o1-mini"))
                .map(CapabilityRow::capabilities)
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.collection(Object.class))
                .doesNotContain(TOOLS, VISION);
    }
}

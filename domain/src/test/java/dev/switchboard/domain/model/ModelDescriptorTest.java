package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelDescriptorTest {

    private static final ModelRef REF = ModelRef.of("openai", "gpt-4o");

    @Test
    void a_model_known_by_name_has_no_capabilities_and_no_limits() {
        var descriptor = ModelDescriptor.named(REF, "openai");

        assertThat(descriptor.created()).isZero();
        assertThat(descriptor.capabilities()).isEmpty();
        assertThat(descriptor.contextWindow()).isNull();
        assertThat(descriptor.maxOutputTokens()).isNull();
        assertThat(descriptor.displayName()).isNull();
        assertThat(descriptor.supports(Capability.CHAT)).isFalse();
    }

    @Test
    void keeps_the_display_name_the_provider_gives() {
        var descriptor = new ModelDescriptor(
                REF, 1_759_104_000L, "anthropic", Set.of(Capability.CHAT), 200_000, 64_000, "Claude Sonnet 4.5");

        assertThat(descriptor.displayName()).isEqualTo("Claude Sonnet 4.5");
        assertThat(descriptor.maxOutputTokens()).isEqualTo(64_000);
    }

    @Test
    void supports_what_its_capabilities_name() {
        var capabilities = EnumSet.of(Capability.CHAT, Capability.TOOLS);
        var descriptor = new ModelDescriptor(REF, 1_700_000_000L, "openai", capabilities, 128_000, 16_384);

        capabilities.add(Capability.VISION);

        assertThat(descriptor.supports(Capability.TOOLS)).isTrue();
        assertThat(descriptor.supports(Capability.VISION)).isFalse();
        assertThat(descriptor.capabilities()).containsExactlyInAnyOrder(Capability.CHAT, Capability.TOOLS);
    }

    @Test
    void rejects_missing_parts_and_a_negative_creation_time() {
        assertThatThrownBy(() -> new ModelDescriptor(null, 0, "o", Set.of(), null, null))
                .hasMessage("ref");
        assertThatThrownBy(() -> new ModelDescriptor(REF, 0, null, Set.of(), null, null))
                .hasMessage("ownedBy");
        assertThatThrownBy(() -> new ModelDescriptor(REF, -1, "o", Set.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must not be negative");
    }
}

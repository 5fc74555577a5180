package dev.switchboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void keeps_who_what_to_what_and_when() {
        var entry = new AuditEntry(T0, "ops-key", "profile_disabled", "openai/p-1", "key leaked");

        assertThat(entry.at()).isEqualTo(T0);
        assertThat(entry.actor()).isEqualTo("ops-key");
        assertThat(entry.action()).isEqualTo("profile_disabled");
        assertThat(entry.target()).isEqualTo("openai/p-1");
        assertThat(entry.detail()).isEqualTo("key leaked");
    }

    @Test
    void needs_an_instant_and_a_detail() {
        assertThatNullPointerException()
                .isThrownBy(() -> new AuditEntry(null, "a", "b", "c", ""))
                .withMessage("at");
        assertThatNullPointerException()
                .isThrownBy(() -> new AuditEntry(T0, "a", "b", "c", null))
                .withMessage("detail");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejects_a_blank_actor_action_or_target(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuditEntry(T0, blank, "b", "c", ""))
                .withMessage("actor must be 1-200 characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuditEntry(T0, "a", blank, "c", ""))
                .withMessage("action must be 1-64 characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuditEntry(T0, "a", "b", blank, ""))
                .withMessage("target must be 1-200 characters");
    }

    @Test
    void accepts_the_longest_values_and_rejects_one_character_more() {
        var longest = new AuditEntry(T0, "a".repeat(200), "b".repeat(64), "c".repeat(200), "d".repeat(2000));
        assertThat(longest.detail()).hasSize(AuditEntry.MAX_DETAIL);

        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(T0, "a".repeat(201), "b", "c", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(T0, "a", "b".repeat(65), "c", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(T0, "a", "b", "c".repeat(201), ""));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuditEntry(T0, "a", "b", "c", "d".repeat(2001)))
                .withMessage("detail must be at most 2000 characters");
    }

    @Test
    void allows_an_empty_detail() {
        assertThat(new AuditEntry(T0, "a", "b", "c", "").detail()).isEmpty();
    }
}

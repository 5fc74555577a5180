package dev.switchboard.application;

import static dev.switchboard.application.AdminDesk.ACTOR;
import static dev.switchboard.application.AdminDesk.NOW;
import static dev.switchboard.application.AdminDesk.OPENAI;
import static dev.switchboard.application.AdminDesk.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.rotation.LastError;
import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.RotationState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Disabling, enabling and ending cooldowns, as rotation will see them, and reading the audit log back. */
class AdminStatusTest {

    private final AdminDesk desk = new AdminDesk();
    private final Administration admin = desk.admin;
    private final ProfileView profile = desk.create("primary", SECRET);

    @Test
    void disables_with_the_reason_given_or_naming_the_actor() {
        var given = admin.disable(OPENAI, profile.id(), "key leaked in a log", ACTOR);

        assertThat(given.state().status()).isEqualTo(new ProfileStatus.Disabled("key leaked in a log", NOW));
        assertThat(given.state().usableAt(NOW.plusSeconds(3600))).isFalse();
        assertThat(stored().status()).isEqualTo(given.state().status());
        var defaulted = admin.disable(OPENAI, profile.id(), null, ACTOR);
        assertThat(defaulted.state().status()).isEqualTo(new ProfileStatus.Disabled("disabled by " + ACTOR, NOW));
        assertThat(admin.audit(1, null).getFirst())
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly("profile.disabled", "reason: disabled by " + ACTOR);
    }

    @Test
    void enables_a_disabled_profile_clearing_its_failures_and_records_what_it_was() {
        desk.storage
                .rotationStates()
                .update(profile.id(), state -> failing(state, new ProfileStatus.Disabled("unauthorized", NOW)));

        var enabled = admin.enable(OPENAI, profile.id(), ACTOR);

        assertThat(enabled.state().status()).isEqualTo(ProfileStatus.active());
        assertThat(enabled.state().consecutiveFailures()).isZero();
        assertThat(enabled.state().lastError()).isEqualTo(new LastError("unauthorized", 401, NOW));
        assertThat(admin.audit(1, null).getFirst())
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly("profile.enabled", "was disabled since " + NOW + " (unauthorized)");
    }

    @Test
    void ends_a_running_cooldown_at_once() {
        Instant until = NOW.plus(Duration.ofMinutes(5));
        desk.storage
                .rotationStates()
                .update(profile.id(), state -> failing(state, new ProfileStatus.CoolingDown(until, "rate limited")));
        assertThat(admin.profile(OPENAI, profile.id()).state().status()).isInstanceOf(ProfileStatus.CoolingDown.class);

        var reset = admin.resetCooldown(OPENAI, profile.id(), ACTOR);

        assertThat(reset.state().status()).isEqualTo(ProfileStatus.active());
        assertThat(stored().usableAt(NOW)).isTrue();
        assertThat(admin.audit(1, null).getFirst())
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly("profile.cooldown_reset", "was cooling down until " + until + " (rate limited)");
        assertThat(desk.changed).containsExactly(OPENAI, OPENAI);
    }

    @Test
    void leaves_a_disabled_profile_disabled_when_a_cooldown_is_reset() {
        admin.disable(OPENAI, profile.id(), "revoked", ACTOR);

        var reset = admin.resetCooldown(OPENAI, profile.id(), ACTOR);

        assertThat(reset.state().status()).isEqualTo(new ProfileStatus.Disabled("revoked", NOW));
    }

    @Test
    void shows_a_cooldown_that_is_over_as_active_with_its_counters() {
        desk.storage
                .rotationStates()
                .update(
                        profile.id(),
                        state -> failing(state, new ProfileStatus.CoolingDown(NOW.minusSeconds(1), "rate limited")));

        var view = admin.profiles(OPENAI).getFirst();

        assertThat(view.state().status()).isEqualTo(ProfileStatus.active());
        assertThat(view.state().consecutiveFailures()).isEqualTo(2);
        assertThat(view.state().lastUsed()).isEqualTo(NOW);
    }

    @Test
    void reads_the_audit_log_newest_first_within_a_limit() {
        admin.disable(OPENAI, profile.id(), "x", ACTOR);
        admin.enable(OPENAI, profile.id(), ACTOR);

        assertThat(admin.audit(10, null))
                .extracting(AuditEntry::action)
                .containsExactly("profile.enabled", "profile.disabled", "profile.created");
        assertThat(admin.audit(2, null)).hasSize(2);
        assertThat(admin.audit(10, NOW.plusSeconds(1))).isEmpty();
        assertThat(admin.audit(ReadAuditLog.MAX_LIMIT, NOW)).hasSize(3);
    }

    private RotationState stored() {
        return desk.storage.rotationStates().states(OPENAI).get(profile.id());
    }

    private static RotationState failing(RotationState state, ProfileStatus status) {
        var error = new LastError(
                status instanceof ProfileStatus.Disabled ? "unauthorized" : "rate_limited",
                status instanceof ProfileStatus.Disabled ? 401 : 429,
                NOW);
        return new RotationState(state.profile(), status, 2, NOW, null, error, state.version() + 1);
    }
}

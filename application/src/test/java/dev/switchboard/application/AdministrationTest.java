package dev.switchboard.application;

import static dev.switchboard.application.AdminDesk.ACTOR;
import static dev.switchboard.application.AdminDesk.ANTHROPIC;
import static dev.switchboard.application.AdminDesk.NOW;
import static dev.switchboard.application.AdminDesk.OPENAI;
import static dev.switchboard.application.AdminDesk.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.ProfileStatus;
import org.junit.jupiter.api.Test;

/** Creating, reading, updating and deleting profiles, with their audit entries and change notices. */
class AdministrationTest {

    private final AdminDesk desk = new AdminDesk();
    private final Administration admin = desk.admin;

    @Test
    void creates_an_active_profile_of_the_operator_and_shows_only_its_fingerprint() {
        var view = admin.create(OPENAI, new NewProfile("primary", Secret.of(SECRET), 3, 2), ACTOR);

        assertThat(view.name()).isEqualTo("primary");
        assertThat(view.provider()).isEqualTo(OPENAI);
        assertThat(view.fingerprint()).isEqualTo("...abcd");
        assertThat(view.weight()).isEqualTo(3);
        assertThat(view.priority()).isEqualTo(2);
        assertThat(view.createdAt()).isEqualTo(NOW);
        assertThat(view.state().status()).isEqualTo(ProfileStatus.active());
        assertThat(view.toString()).doesNotContain(SECRET);
        AuthProfile stored = desk.storage.authProfiles().find(view.id()).orElseThrow();
        assertThat(stored.origin()).isEqualTo(AuthProfile.Origin.ADMIN);
        assertThat(stored.secret().reveal()).isEqualTo(SECRET);
    }

    @Test
    void records_every_creation_without_the_secret_and_tells_the_listener() {
        desk.create("primary", SECRET);

        AuditEntry entry = admin.audit(10, null).getFirst();
        assertThat(entry.actor()).isEqualTo(ACTOR);
        assertThat(entry.action()).isEqualTo("profile.created");
        assertThat(entry.target()).isEqualTo("openai/primary");
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.detail())
                .isEqualTo("weight 1, priority 0, key ...abcd")
                .doesNotContain(SECRET);
        assertThat(desk.changed).containsExactly(OPENAI);
    }

    @Test
    void refuses_a_name_the_provider_already_has_but_not_one_another_provider_has() {
        desk.create("primary", SECRET);

        assertThatThrownBy(() -> desk.create("primary", "sk-other-secret-value"))
                .isInstanceOfSatisfying(
                        AdminException.class,
                        e -> assertThat(e.failure()).isEqualTo(new AdminFailure.NameTaken(OPENAI, "primary")))
                .hasMessage("Provider 'openai' already has an auth profile named 'primary'.");
        assertThat(admin.create(ANTHROPIC, NewProfile.of("primary", Secret.of("sk-ant-secret")), ACTOR)
                        .provider())
                .isEqualTo(ANTHROPIC);
        assertThat(admin.profiles(OPENAI)).hasSize(1);
    }

    @Test
    void refuses_an_unknown_provider_for_every_action() {
        var unknown = ProviderId.of("nope");
        var failure = new AdminFailure.UnknownProvider(unknown);
        var id = ProfileId.random();

        assertFails(() -> admin.profiles(unknown), failure);
        assertFails(() -> admin.create(unknown, NewProfile.of("a", Secret.of(SECRET)), ACTOR), failure);
        assertFails(() -> admin.profile(unknown, id), failure);
        assertFails(() -> admin.delete(unknown, id, ACTOR), failure);
        assertThat(failure.message()).isEqualTo("No provider named 'nope' is configured.");
        assertThat(desk.changed).isEmpty();
    }

    @Test
    void refuses_an_unknown_profile_and_a_profile_of_another_provider() {
        var theirs = admin.create(ANTHROPIC, NewProfile.of("a", Secret.of(SECRET)), ACTOR);
        var missing = ProfileId.random();

        assertFails(() -> admin.profile(OPENAI, missing), new AdminFailure.UnknownProfile(OPENAI, missing));
        assertFails(
                () -> admin.update(OPENAI, theirs.id(), ProfileChanges.none().withWeight(2), ACTOR),
                new AdminFailure.UnknownProfile(OPENAI, theirs.id()));
        assertFails(() -> admin.enable(OPENAI, missing, ACTOR), new AdminFailure.UnknownProfile(OPENAI, missing));
        assertThat(new AdminFailure.UnknownProfile(OPENAI, missing).message())
                .isEqualTo("Provider 'openai' has no auth profile with id '" + missing + "'.");
    }

    @Test
    void lists_a_providers_profiles_in_the_order_they_were_created_and_finds_one() {
        var first = desk.create("first", SECRET);
        var second = desk.create("second", "short");
        var third = desk.create("third", SECRET);

        assertThat(admin.profiles(OPENAI)).extracting(ProfileView::name).containsExactly("first", "second", "third");
        assertThat(third.createdAt())
                .as("creation order even within one millisecond")
                .isEqualTo(NOW.plusMillis(2));
        assertThat(admin.profile(OPENAI, second.id()).fingerprint()).isEqualTo("...");
        assertThat(admin.profile(OPENAI, first.id())).isEqualTo(first);
        assertThat(admin.profiles(ANTHROPIC)).isEmpty();
    }

    @Test
    void updates_secret_weight_and_priority_and_records_what_changed() {
        var created = desk.create("primary", SECRET);
        var changes = ProfileChanges.none()
                .withSecret(Secret.of("sk-new-secret-9999"))
                .withWeight(5)
                .withPriority(1);

        var updated = admin.update(OPENAI, created.id(), changes, ACTOR);

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.fingerprint()).isEqualTo("...9999");
        assertThat(updated.weight()).isEqualTo(5);
        assertThat(updated.priority()).isEqualTo(1);
        assertThat(desk.storage
                        .authProfiles()
                        .find(created.id())
                        .orElseThrow()
                        .secret()
                        .reveal())
                .isEqualTo("sk-new-secret-9999");
        AuditEntry entry = admin.audit(1, null).getFirst();
        assertThat(entry.action()).isEqualTo("profile.updated");
        assertThat(entry.detail()).isEqualTo("key ...abcd -> ...9999; weight 1 -> 5; priority 0 -> 1");
        assertThat(desk.changed).containsExactly(OPENAI, OPENAI);
    }

    @Test
    void renames_a_profile_keeping_its_id_creation_time_origin_and_state() {
        var created = desk.create("primary", SECRET);
        admin.disable(OPENAI, created.id(), "leaked", ACTOR);

        var renamed = admin.update(OPENAI, created.id(), ProfileChanges.none().withName("backup"), ACTOR);

        assertThat(renamed.id()).isEqualTo(created.id());
        assertThat(renamed.name()).isEqualTo("backup");
        assertThat(renamed.createdAt()).isEqualTo(created.createdAt());
        assertThat(renamed.state().status()).isEqualTo(new ProfileStatus.Disabled("leaked", NOW));
        assertThat(admin.profiles(OPENAI)).extracting(ProfileView::name).containsExactly("backup");
        assertThat(desk.storage.authProfiles().find(created.id()).orElseThrow().origin())
                .isEqualTo(AuthProfile.Origin.ADMIN);
        assertThat(admin.audit(1, null).getFirst())
                .extracting(AuditEntry::target, AuditEntry::detail)
                .containsExactly("openai/backup", "name primary -> backup");
    }

    @Test
    void refuses_to_rename_into_a_name_taken_and_accepts_an_update_that_changes_nothing() {
        var first = desk.create("first", SECRET);
        desk.create("second", SECRET);

        assertFails(
                () -> admin.update(OPENAI, first.id(), ProfileChanges.none().withName("second"), ACTOR),
                new AdminFailure.NameTaken(OPENAI, "second"));
        var same = admin.update(OPENAI, first.id(), ProfileChanges.none().withName("first"), ACTOR);
        assertThat(same).isEqualTo(first);
        assertThat(admin.audit(1, null).getFirst().detail()).isEqualTo("no changes");
    }

    @Test
    void deletes_a_profile_with_its_state_and_records_it() {
        var created = desk.create("primary", SECRET);
        admin.disable(OPENAI, created.id(), null, ACTOR);

        admin.delete(OPENAI, created.id(), ACTOR);

        assertThat(admin.profiles(OPENAI)).isEmpty();
        assertThat(desk.storage.rotationStates().states(OPENAI)).isEmpty();
        assertThat(admin.audit(1, null).getFirst())
                .extracting(AuditEntry::action, AuditEntry::target, AuditEntry::detail)
                .containsExactly("profile.deleted", "openai/primary", "key ...abcd");
        assertFails(
                () -> admin.delete(OPENAI, created.id(), ACTOR), new AdminFailure.UnknownProfile(OPENAI, created.id()));
    }

    static void assertFails(Runnable action, AdminFailure expected) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        AdminException.class, e -> assertThat(e.failure()).isEqualTo(expected))
                .hasMessage(expected.message());
    }
}

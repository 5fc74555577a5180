package dev.switchboard.application;

import static dev.switchboard.application.AdminDesk.ACTOR;
import static dev.switchboard.application.AdminDesk.OPENAI;
import static dev.switchboard.application.AdminDesk.SECRET;
import static dev.switchboard.application.AdministrationTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Secret;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every invalid field is refused naming the field, before anything changes. */
class AdminValidationTest {

    private final AdminDesk desk = new AdminDesk();
    private final Administration admin = desk.admin;

    @ParameterizedTest
    @CsvSource({
        "'',      1,    0, name,     name must be 1-100 characters and not blank",
        "'  ',    1,    0, name,     name must be 1-100 characters and not blank",
        "ok,      0,    0, weight,   weight must be between 1 and 1000",
        "ok,     -1,    0, weight,   weight must be between 1 and 1000",
        "ok,   1001,    0, weight,   weight must be between 1 and 1000",
        "ok,      1,   -1, priority, priority must be between 0 and 1000",
        "ok,      1, 1001, priority, priority must be between 0 and 1000",
    })
    void refuses_a_new_profile_with_an_invalid_field(
            String name, int weight, int priority, String field, String message) {
        assertFails(
                () -> new NewProfile(name, Secret.of(SECRET), weight, priority),
                new AdminFailure.InvalidField(field, message));
    }

    @Test
    void refuses_a_name_longer_than_a_hundred_characters() {
        assertFails(
                () -> ProfileChanges.none().withName("n".repeat(101)),
                new AdminFailure.InvalidField("name", "name must be 1-100 characters and not blank"));
        assertThat(ProfileChanges.none().withName("n".repeat(100)).name()).hasSize(100);
    }

    @Test
    void refuses_invalid_changes_naming_the_field() {
        assertFails(
                () -> ProfileChanges.none().withWeight(0),
                new AdminFailure.InvalidField("weight", "weight must be between 1 and 1000"));
        assertFails(
                () -> ProfileChanges.none().withPriority(-5),
                new AdminFailure.InvalidField("priority", "priority must be between 0 and 1000"));
    }

    @Test
    void refuses_a_blank_or_overlong_reason_and_leaves_the_profile_active() {
        var profile = desk.create("primary", SECRET);

        assertFails(
                () -> admin.disable(OPENAI, profile.id(), " ", ACTOR),
                new AdminFailure.InvalidField("reason", "reason must be 1-500 characters and not blank"));
        assertFails(
                () -> admin.disable(OPENAI, profile.id(), "r".repeat(501), ACTOR),
                new AdminFailure.InvalidField("reason", "reason must be 1-500 characters and not blank"));
        assertThat(admin.profile(OPENAI, profile.id()).state().usableAt(AdminDesk.NOW))
                .isTrue();
    }

    @Test
    void refuses_a_blank_actor_before_changing_anything() {
        assertThatThrownBy(() -> admin.create(OPENAI, NewProfile.of("a", Secret.of(SECRET)), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor must be 1-200 characters");
        assertThat(admin.profiles(OPENAI)).isEmpty();
    }

    @Test
    void refuses_an_audit_limit_out_of_range() {
        var failure = new AdminFailure.InvalidField("limit", "limit must be between 1 and 1000");

        assertFails(() -> admin.audit(0, null), failure);
        assertFails(() -> admin.audit(1001, null), failure);
    }

    @Test
    void lets_only_one_of_many_concurrent_creations_of_a_name_through() throws Exception {
        var refused = new CopyOnWriteArrayList<AdminFailure>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 32; i++) {
                String secret = SECRET + i;
                threads.submit(() -> {
                    try {
                        desk.create("primary", secret);
                    } catch (AdminException e) {
                        refused.add(e.failure());
                    }
                });
            }
        }

        assertThat(admin.profiles(OPENAI)).hasSize(1);
        assertThat(refused)
                .hasSize(31)
                .allMatch(failure -> failure.equals(new AdminFailure.NameTaken(OPENAI, "primary")));
        assertThat(admin.audit(100, null)).hasSize(1);
    }
}

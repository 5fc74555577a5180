package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.fixtures.RotationStates;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.store.StorageSettings;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the contract cannot show: giving up under endless conflicts, and rows this store did not write. */
class JdbiRotationStateStoreTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final ProfileId ID = new ProfileId("p-1");

    private final StorageSettings settings = TestDatabases.h2InMemory();
    private Storage storage;

    @BeforeEach
    void open_a_storage_with_one_profile() {
        storage = new JdbiStorageFactory().open(settings);
        storage.authProfiles().save(new AuthProfile(ID, OPENAI, "primary", null, Instant.EPOCH));
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }

    @Test
    void gives_up_after_its_attempts_when_another_writer_always_wins() {
        storage.rotationStates().update(ID, RotationStates::failedOnce);
        var store = new JdbiRotationStateStore(Jdbi.create(settings.url()), 3);
        var applied = new AtomicInteger();

        assertThatIllegalStateException()
                .isThrownBy(() -> store.update(ID, state -> {
                    applied.incrementAndGet();
                    execute("UPDATE rotation_state SET version = version + 1");
                    return RotationStates.failedOnce(state);
                }))
                .withMessageContaining("p-1")
                .withMessageContaining("3 attempts");
        assertThat(applied).hasValue(3);
    }

    @Test
    void applies_a_stale_change_again_to_the_disable_written_meanwhile() {
        storage.rotationStates().update(ID, RotationStates::failedOnce);
        var applied = new AtomicInteger();

        // A database store holds no lock while the change runs, so another writer (here: nested) can commit first.
        var written = storage.rotationStates().update(ID, state -> {
            if (applied.getAndIncrement() == 0) {
                storage.rotationStates().update(ID, read -> RotationStates.disabled(read, Instant.EPOCH));
            }
            return RotationStates.succeededUnlessDisabled(state);
        });

        assertThat(applied).hasValue(2);
        assertThat(written.status()).isInstanceOf(Disabled.class);
        assertThat(written.version()).isEqualTo(2);
        assertThat(storage.rotationStates().states(OPENAI).get(ID)).isEqualTo(written);
    }

    @Test
    void inserts_again_when_the_state_was_removed_under_an_update() {
        storage.rotationStates().update(ID, RotationStates::failedOnce);
        var applied = new AtomicInteger();

        var written = storage.rotationStates().update(ID, state -> {
            if (applied.getAndIncrement() == 0) {
                execute("DELETE FROM rotation_state");
            }
            return RotationStates.failedOnce(state);
        });

        assertThat(applied).hasValue(2);
        assertThat(written.version()).isEqualTo(1);
        assertThat(storage.rotationStates().states(OPENAI).get(ID)).isEqualTo(written);
    }

    @Test
    void refuses_a_status_it_does_not_know() {
        execute("INSERT INTO rotation_state (profile_id, status, consecutive_failures, version)"
                + " VALUES ('p-1', 'active', 0, 1)");
        execute("ALTER TABLE rotation_state DROP CONSTRAINT rotation_state_status_check");
        execute("UPDATE rotation_state SET status = 'paused'");

        assertThatIllegalStateException()
                .isThrownBy(() -> storage.rotationStates().states(OPENAI))
                .withMessageContaining("paused");
    }

    @Test
    void passes_on_a_failure_that_is_no_conflict() {
        storage.close();

        assertThatThrownBy(() -> storage.rotationStates().update(ID, RotationStates::failedOnce))
                .isInstanceOf(JdbiException.class);
        assertThatThrownBy(() -> storage.rotationStates().remove(ID)).isInstanceOf(JdbiException.class);
    }

    @Test
    void reads_a_fresh_state_for_a_profile_without_a_row() {
        assertThat(storage.rotationStates().states(OPENAI)).containsEntry(ID, RotationState.fresh(ID));
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

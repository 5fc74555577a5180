package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class RacingWritesTest {

    private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID());
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void retries_a_write_that_lost_a_race_until_it_succeeds() {
        RacingWrites.inTransaction(jdbi, handle -> {
            if (attempts.incrementAndGet() < 3) {
                throw conflict();
            }
        });

        assertThat(attempts).hasValue(3);
    }

    @Test
    void gives_up_after_five_attempts_with_the_last_failure() {
        assertThatThrownBy(() -> RacingWrites.inTransaction(jdbi, handle -> {
                    attempts.incrementAndGet();
                    throw conflict();
                }))
                .isInstanceOf(ConnectionException.class);

        assertThat(attempts).hasValue(RacingWrites.ATTEMPTS);
    }

    @Test
    void does_not_retry_a_failure_that_is_no_conflict() {
        assertThatThrownBy(() -> RacingWrites.inTransaction(jdbi, handle -> {
                    attempts.incrementAndGet();
                    throw new ConnectionException(new SQLException("connection refused", "08001"));
                }))
                .isInstanceOf(ConnectionException.class);

        assertThat(attempts).hasValue(1);
    }

    private static ConnectionException conflict() {
        return new ConnectionException(new SQLException("duplicate key", "23505"));
    }
}

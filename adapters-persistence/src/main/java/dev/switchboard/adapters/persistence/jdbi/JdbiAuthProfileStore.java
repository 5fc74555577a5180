package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jspecify.annotations.Nullable;

/**
 * {@link AuthProfileStore} on the {@code auth_profile} table, in SQL that H2 and PostgreSQL both run. Secrets are
 * encrypted by {@link SecretCipher} before they reach the database. Instants keep microseconds, the precision of
 * both databases' timestamps.
 */
final class JdbiAuthProfileStore implements AuthProfileStore {

    private static final String COLUMNS = "id, provider, name, secret_ciphertext, created_at";
    // Unique violation (both), serialization failure (both), H2's concurrent update: a racing save got there first.
    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "90131");
    private static final int SAVE_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final SecretCipher cipher;

    JdbiAuthProfileStore(Jdbi jdbi, SecretCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public List<AuthProfile> list(ProviderId provider) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM auth_profile WHERE provider = :provider ORDER BY created_at, id")
                .bind("provider", provider.value())
                .map((rs, ctx) -> profile(rs))
                .list());
    }

    @Override
    public Optional<AuthProfile> find(ProfileId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM auth_profile WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> profile(rs))
                .findOne());
    }

    /** Updates the row of the same provider and name, else inserts; a save that loses a race retries as an update. */
    @Override
    public AuthProfile save(AuthProfile profile) {
        var secret = profile.secret();
        var ciphertext = secret == null ? null : cipher.encrypt(secret);
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> upsert(handle, profile, ciphertext));
            } catch (JdbiException e) {
                if (attempt == SAVE_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public boolean delete(ProfileId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM auth_profile WHERE id = :id")
                        .bind("id", id.value())
                        .execute())
                > 0;
    }

    private static AuthProfile upsert(Handle handle, AuthProfile profile, @Nullable String ciphertext) {
        int updated = handle.createUpdate(
                        "UPDATE auth_profile SET secret_ciphertext = :secret WHERE provider = :provider AND name = :name")
                .bind("secret", ciphertext)
                .bind("provider", profile.provider().value())
                .bind("name", profile.name())
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO auth_profile (" + COLUMNS + ")"
                            + " VALUES (:id, :provider, :name, :secret, :createdAt)")
                    .bind("id", profile.id().value())
                    .bind("provider", profile.provider().value())
                    .bind("name", profile.name())
                    .bind("secret", ciphertext)
                    .bind("createdAt", timestamp(profile.createdAt()))
                    .execute();
        }
        return handle.createQuery("SELECT id, created_at FROM auth_profile WHERE provider = :provider AND name = :name")
                .bind("provider", profile.provider().value())
                .bind("name", profile.name())
                .map((rs, ctx) -> new AuthProfile(
                        new ProfileId(rs.getString("id")),
                        profile.provider(),
                        profile.name(),
                        profile.secret(),
                        instant(rs)))
                .one();
    }

    private AuthProfile profile(ResultSet rs) throws SQLException {
        var ciphertext = rs.getString("secret_ciphertext");
        return new AuthProfile(
                new ProfileId(rs.getString("id")),
                new ProviderId(rs.getString("provider")),
                rs.getString("name"),
                ciphertext == null ? null : cipher.decrypt(ciphertext),
                instant(rs));
    }

    private static Argument timestamp(Instant instant) {
        var value = OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("created_at", OffsetDateTime.class).toInstant();
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

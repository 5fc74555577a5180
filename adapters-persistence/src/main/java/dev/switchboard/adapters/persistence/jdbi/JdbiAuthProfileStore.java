package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfile.Origin;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;

/**
 * {@link AuthProfileStore} on the {@code auth_profile} table, in SQL that H2 and PostgreSQL both run. Secrets are
 * encrypted by {@link SecretCipher} before they reach the database. A save of an existing provider and name keeps the
 * stored id, creation time and origin. Instants keep microseconds, the precision of
 * both databases' timestamps.
 */
final class JdbiAuthProfileStore implements AuthProfileStore {

    private static final String COLUMNS = "id, provider, name, secret_ciphertext, weight, priority, created_at, origin";
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
                if (attempt == SAVE_ATTEMPTS || !Columns.isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /** Deletes the profile; the database's foreign key deletes its rotation state with it. */
    @Override
    public boolean delete(ProfileId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM auth_profile WHERE id = :id")
                        .bind("id", id.value())
                        .execute())
                > 0;
    }

    private static AuthProfile upsert(Handle handle, AuthProfile profile, @Nullable String ciphertext) {
        int updated = handle.createUpdate("UPDATE auth_profile SET secret_ciphertext = :secret, weight = :weight,"
                        + " priority = :priority WHERE provider = :provider AND name = :name")
                .bind("secret", ciphertext)
                .bind("weight", profile.weight())
                .bind("priority", profile.priority())
                .bind("provider", profile.provider().value())
                .bind("name", profile.name())
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO auth_profile (" + COLUMNS + ")"
                            + " VALUES (:id, :provider, :name, :secret, :weight, :priority, :createdAt, :origin)")
                    .bind("id", profile.id().value())
                    .bind("provider", profile.provider().value())
                    .bind("name", profile.name())
                    .bind("secret", ciphertext)
                    .bind("weight", profile.weight())
                    .bind("priority", profile.priority())
                    .bind("createdAt", Columns.timestamp(profile.createdAt()))
                    .bind("origin", origin(profile.origin()))
                    .execute();
        }
        return handle.createQuery(
                        "SELECT id, created_at, origin FROM auth_profile WHERE provider = :provider AND name = :name")
                .bind("provider", profile.provider().value())
                .bind("name", profile.name())
                .map((rs, ctx) -> new AuthProfile(
                        new ProfileId(rs.getString("id")),
                        profile.provider(),
                        profile.name(),
                        profile.secret(),
                        profile.weight(),
                        profile.priority(),
                        Columns.requiredInstant(rs, "created_at"),
                        origin(rs.getString("origin"))))
                .one();
    }

    private AuthProfile profile(ResultSet rs) throws SQLException {
        var ciphertext = rs.getString("secret_ciphertext");
        return new AuthProfile(
                new ProfileId(rs.getString("id")),
                new ProviderId(rs.getString("provider")),
                rs.getString("name"),
                ciphertext == null ? null : cipher.decrypt(ciphertext),
                rs.getInt("weight"),
                rs.getInt("priority"),
                Columns.requiredInstant(rs, "created_at"),
                origin(rs.getString("origin")));
    }

    /** The column's spelling of an origin: its name in lower case, as the schema's check allows. */
    private static String origin(Origin origin) {
        return switch (origin) {
            case CONFIG -> "config";
            case ADMIN -> "admin";
        };
    }

    private static Origin origin(String column) {
        return switch (column) {
            case "config" -> Origin.CONFIG;
            case "admin" -> Origin.ADMIN;
            default -> throw new IllegalStateException("auth_profile.origin holds an unknown origin");
        };
    }
}

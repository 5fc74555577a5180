package dev.switchboard.domain.auth;

import dev.switchboard.domain.model.ProviderId;
import java.util.List;
import java.util.Optional;

/**
 * Where auth profiles live. Implementations are safe for concurrent use by many threads; each method is atomic.
 * Failures of the storage itself are unchecked exceptions of the implementation.
 */
public interface AuthProfileStore {

    /** The profiles of one provider, oldest first. */
    List<AuthProfile> list(ProviderId provider);

    Optional<AuthProfile> find(ProfileId id);

    /**
     * Stores {@code profile}: inserts it, or replaces the secret, weight and priority of the profile of the same
     * provider and name (keeping the stored id, creation time and origin), so seeding the same configuration twice
     * creates nothing twice, and seeding a name an operator already created keeps the profile the operator's.
     *
     * @return the profile as stored
     */
    AuthProfile save(AuthProfile profile);

    /** Removes the profile; true when there was one. */
    boolean delete(ProfileId id);
}

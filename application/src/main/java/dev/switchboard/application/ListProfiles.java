package dev.switchboard.application;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.util.List;

/** Reads a provider's auth profiles with their live state and counters; secrets show as fingerprints only. */
public final class ListProfiles {

    private final ProfileLookup lookup;

    ListProfiles(ProfileLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * The provider's profiles, oldest first.
     *
     * @throws AdminException when the provider is not configured
     */
    public List<ProfileView> list(ProviderId provider) {
        return lookup.views(provider);
    }

    /**
     * One profile of the provider.
     *
     * @throws AdminException when the provider is not configured or has no profile of that id
     */
    public ProfileView find(ProviderId provider, ProfileId id) {
        return lookup.view(lookup.require(provider, id));
    }
}

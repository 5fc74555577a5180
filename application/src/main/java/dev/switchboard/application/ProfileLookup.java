package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.store.Storage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds what an admin action names, refusing unknown providers and profiles, and shows profiles as views. */
final class ProfileLookup {

    private final Storage storage;
    private final ProviderDirectory directory;
    private final Clock clock;

    ProfileLookup(Storage storage, ProviderDirectory directory, Clock clock) {
        this.storage = storage;
        this.directory = directory;
        this.clock = clock;
    }

    /** @throws AdminException {@link AdminFailure.UnknownProvider} when the provider is not configured */
    void requireProvider(ProviderId provider) {
        if (directory.find(provider).isEmpty()) throw new AdminException(new AdminFailure.UnknownProvider(provider));
    }

    /** @throws AdminException when the provider is not configured or has no profile of that id */
    AuthProfile require(ProviderId provider, ProfileId id) {
        requireProvider(provider);
        return storage.authProfiles()
                .find(id)
                .filter(profile -> profile.provider().equals(provider))
                .orElseThrow(() -> new AdminException(new AdminFailure.UnknownProfile(provider, id)));
    }

    /** The provider's profile of that name, if any. */
    Optional<AuthProfile> named(ProviderId provider, String name) {
        return storage.authProfiles().list(provider).stream()
                .filter(profile -> profile.name().equals(name))
                .findFirst();
    }

    /** The current state of a profile, fresh when none was stored. */
    RotationState state(AuthProfile profile) {
        return storage.rotationStates()
                .states(profile.provider())
                .getOrDefault(profile.id(), RotationState.fresh(profile.id()));
    }

    List<ProfileView> views(ProviderId provider) {
        requireProvider(provider);
        Map<ProfileId, RotationState> states = storage.rotationStates().states(provider);
        return storage.authProfiles().list(provider).stream()
                .map(profile -> view(profile, states.getOrDefault(profile.id(), RotationState.fresh(profile.id()))))
                .toList();
    }

    ProfileView view(AuthProfile profile) {
        return view(profile, state(profile));
    }

    ProfileView view(AuthProfile profile, RotationState state) {
        return ProfileView.of(profile, state, clock.instant());
    }
}

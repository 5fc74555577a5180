package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.store.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Makes the configuration's keys the stored ones at start-up: adds or updates each, in configuration order (which
 * rotation follows), and removes the keys seeded from the configuration before that it no longer names, so a key
 * taken out of the file is not used again. Keys created through the admin API are never removed here; a key of the
 * file with the name of one of them updates its secret, weight and priority but stays the operator's.
 */
final class KeySeeding {

    private KeySeeding() {}

    static void seed(Storage storage, GatewaySettings settings, Clock clock) {
        var store = storage.authProfiles();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<KeySeed> keys = settings.keys();
        for (int i = 0; i < keys.size(); i++) {
            KeySeed key = keys.get(i);
            store.save(new AuthProfile(
                    ProfileId.random(),
                    key.provider(),
                    key.name(),
                    key.secret(),
                    key.weight(),
                    key.priority(),
                    now.plusMillis(i),
                    AuthProfile.Origin.CONFIG));
        }
        for (var provider : settings.providers()) {
            List<String> named = keys.stream()
                    .filter(k -> k.provider().equals(provider.id()))
                    .map(KeySeed::name)
                    .toList();
            store.list(provider.id()).stream()
                    .filter(stored -> stored.origin() == AuthProfile.Origin.CONFIG && !named.contains(stored.name()))
                    .forEach(stale -> store.delete(stale.id()));
        }
    }
}

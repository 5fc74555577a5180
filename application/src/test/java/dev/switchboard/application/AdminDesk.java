package dev.switchboard.application;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationSettings;
import dev.switchboard.domain.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link Administration} over in-memory storage, providers {@code openai} and {@code anthropic}, a fixed clock. */
final class AdminDesk {

    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final ProviderId OPENAI = ProviderId.of("openai");
    static final ProviderId ANTHROPIC = ProviderId.of("anthropic");
    static final String ACTOR = "admin:...beef";
    static final String SECRET = "sk-live-0123456789abcd";

    final InMemoryStorage storage = new InMemoryStorage();
    final List<ProviderId> changed = new CopyOnWriteArrayList<>();
    final Administration admin;

    AdminDesk() {
        var factory = new FakeModelProviderFactory();
        var directory = ProviderDirectory.create(Setups.settings(factory, "openai", "anthropic"), List.of(factory));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var policy = new RotationPolicy(RotationSettings.defaults(), clock, new Random(1));
        var routing = Routings.of(
                directory, new Rotation(storage, policy, Duration.ZERO, clock, Telemetry.NONE), storage, clock);
        this.admin = new Administration(storage, directory, changed::add, clock, new PullModel(routing, id -> {}));
    }

    /** Creates a profile of {@code openai} with the default weight and priority. */
    ProfileView create(String name, String secret) {
        return admin.create(OPENAI, NewProfile.of(name, Secret.of(secret)), ACTOR);
    }
}

package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfile.Origin;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ProviderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyRotationTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();

    private GatewaySettings settings(List<KeySeed> keys) {
        return new GatewaySettings(
                Setups.settings(factory, "openai", "local"),
                keys,
                Map.of(),
                Duration.ofSeconds(30),
                ReadinessTest.database());
    }

    private static KeySeed key(ProviderId provider, String name, String secret) {
        return new KeySeed(provider, name, Secret.of(secret));
    }

    @Test
    void takes_turns_over_the_seeded_keys_of_a_provider() {
        var keys =
                List.of(key(OPENAI, "primary", "sk-1"), key(OPENAI, "secondary", "sk-2"), key(OPENAI, "third", "sk-3"));
        try (var gateway = Gateway.start(settings(keys), List.of(factory), null)) {
            IntStream.range(0, 6)
                    .forEach(i -> gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated()));
        }

        var used = factory.provider("openai").calls(FakeCall.Chat.class).stream()
                .map(call ->
                        ((Credential.ApiKey) call.context().credential()).key().reveal())
                .toList();
        assertThat(used.subList(0, 3)).containsExactlyInAnyOrder("sk-1", "sk-2", "sk-3");
        assertThat(used.subList(3, 6)).isEqualTo(used.subList(0, 3));
    }

    @Test
    void the_credential_names_the_stored_profile_of_the_key() {
        var storage = new FakeStorage();
        try (var gateway =
                Gateway.start(settings(List.of(key(OPENAI, "primary", "sk-1"))), List.of(factory), storage)) {
            gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated());
        }

        var profile = storage.authProfiles().list(OPENAI).getFirst();
        assertThat(factory.provider("openai").calls().getFirst().context().credential())
                .isEqualTo(new Credential.ApiKey(profile.id(), Secret.of("sk-1")));
        assertThat(profile.name()).isEqualTo("primary");
    }

    @Test
    void a_provider_without_keys_is_called_anonymously() {
        try (var gateway = Gateway.start(settings(List.of(key(OPENAI, "primary", "sk-1"))), List.of(factory), null)) {
            gateway.chat(ChatRequests.userSays("local/llama3", "hi"), RequestContext.generated());
        }

        assertThat(factory.provider("local").calls().getFirst().context().credential())
                .isInstanceOf(Credential.Anonymous.class);
    }

    @Test
    void seeding_the_same_keys_twice_stores_each_once() {
        var storage = new FakeStorage();
        var keys = List.of(key(OPENAI, "primary", "sk-1"), key(OPENAI, "secondary", "sk-2"));

        Gateway.start(settings(keys), List.of(factory), storage).close();
        var firstIds =
                storage.authProfiles().list(OPENAI).stream().map(p -> p.id()).toList();
        Gateway.start(settings(keys), List.of(factory), storage).close();

        assertThat(storage.authProfiles().list(OPENAI))
                .extracting(p -> p.id())
                .containsExactlyInAnyOrderElementsOf(firstIds)
                .hasSize(2);
        assertThat(storage.opened()).isEqualTo(2);
    }

    @Test
    void seeding_a_changed_secret_replaces_the_stored_one() {
        var storage = new FakeStorage();

        Gateway.start(settings(List.of(key(OPENAI, "primary", "sk-old"))), List.of(factory), storage)
                .close();
        Gateway.start(settings(List.of(key(OPENAI, "primary", "sk-new"))), List.of(factory), storage)
                .close();

        assertThat(storage.authProfiles().list(OPENAI))
                .singleElement()
                .satisfies(p -> assertThat(p.secret()).isEqualTo(Secret.of("sk-new")));
    }

    @Test
    void any_three_turns_in_a_row_use_each_of_three_keys_once() {
        var keys = List.of(key(OPENAI, "zeta", "sk-z"), key(OPENAI, "alpha", "sk-a"), key(OPENAI, "mid", "sk-m"));
        try (var gateway = Gateway.start(settings(keys), List.of(factory), null)) {
            IntStream.range(0, 9)
                    .forEach(i -> gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated()));
        }

        var used = factory.provider("openai").calls(FakeCall.Chat.class).stream()
                .map(call ->
                        ((Credential.ApiKey) call.context().credential()).key().reveal())
                .toList();
        for (int start = 0; start + 3 <= used.size(); start++) {
            assertThat(used.subList(start, start + 3)).containsExactlyInAnyOrder("sk-z", "sk-a", "sk-m");
        }
    }

    @Test
    void seeds_the_weight_and_priority_of_each_key_as_the_configurations() {
        var storage = new FakeStorage();
        var keys = List.of(
                new KeySeed(OPENAI, "main", Secret.of("sk-1"), 5, 0),
                new KeySeed(OPENAI, "backup", Secret.of("sk-2"), 1, 3));

        Gateway.start(settings(keys), List.of(factory), storage).close();

        assertThat(storage.authProfiles().list(OPENAI))
                .extracting(AuthProfile::name, AuthProfile::weight, AuthProfile::priority, AuthProfile::origin)
                .containsExactly(tuple("main", 5, 0, Origin.CONFIG), tuple("backup", 1, 3, Origin.CONFIG));
    }

    @Test
    void a_key_created_through_the_admin_api_survives_a_restart_without_it_in_the_configuration() {
        var storage = new FakeStorage();
        Gateway.start(settings(List.of(key(OPENAI, "seeded", "sk-1"))), List.of(factory), storage)
                .close();
        storage.authProfiles()
                .save(new AuthProfile(
                        ProfileId.random(), OPENAI, "created", Secret.of("sk-2"), 1, 0, Instant.now(), Origin.ADMIN));

        Gateway.start(settings(List.of()), List.of(factory), storage).close();

        assertThat(storage.authProfiles().list(OPENAI))
                .extracting(AuthProfile::name)
                .containsExactly("created");
    }

    @Test
    void a_configured_key_with_the_name_of_an_admin_key_stays_the_operators() {
        var storage = new FakeStorage();
        storage.authProfiles()
                .save(new AuthProfile(
                        ProfileId.random(),
                        OPENAI,
                        "shared",
                        Secret.of("sk-admin"),
                        1,
                        0,
                        Instant.now(),
                        Origin.ADMIN));

        Gateway.start(settings(List.of(key(OPENAI, "shared", "sk-file"))), List.of(factory), storage)
                .close();
        Gateway.start(settings(List.of()), List.of(factory), storage).close();

        assertThat(storage.authProfiles().list(OPENAI))
                .singleElement()
                .satisfies(p -> assertThat(p.secret()).isEqualTo(Secret.of("sk-file")))
                .satisfies(p -> assertThat(p.origin()).isEqualTo(Origin.ADMIN));
    }

    @Test
    void a_key_taken_out_of_the_configuration_is_removed_from_the_store() {
        var storage = new FakeStorage();

        Gateway.start(
                        settings(List.of(key(OPENAI, "old", "sk-old"), key(OPENAI, "kept", "sk-kept"))),
                        List.of(factory),
                        storage)
                .close();
        Gateway.start(settings(List.of(key(OPENAI, "kept", "sk-kept"))), List.of(factory), storage)
                .close();

        assertThat(storage.authProfiles().list(OPENAI))
                .extracting(p -> p.name())
                .containsExactly("kept");
    }

    @Test
    void shares_the_turns_fairly_among_concurrent_calls() throws InterruptedException {
        var keys = List.of(key(OPENAI, "a", "sk-a"), key(OPENAI, "b", "sk-b"), key(OPENAI, "c", "sk-c"));
        try (var gateway = Gateway.start(settings(keys), List.of(factory), null);
                var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var calls = IntStream.range(0, 300)
                    .mapToObj(i -> (Callable<ChatResponse>) () ->
                            gateway.chat(ChatRequests.userSays("openai/m", "call " + i), RequestContext.generated()))
                    .toList();

            assertThat(executor.invokeAll(calls)).allMatch(future -> future.state() == Future.State.SUCCESS);
        }

        var perKey = factory.provider("openai").calls(FakeCall.Chat.class).stream()
                .collect(Collectors.groupingBy(
                        call -> ((Credential.ApiKey) call.context().credential())
                                .key()
                                .reveal(),
                        Collectors.counting()));
        assertThat(perKey).containsOnly(Map.entry("sk-a", 100L), Map.entry("sk-b", 100L), Map.entry("sk-c", 100L));
    }
}

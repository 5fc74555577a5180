package dev.switchboard.application;

import static dev.switchboard.application.Rotations.key;
import static dev.switchboard.application.Rotations.profile;
import static dev.switchboard.application.Rotations.revoked;
import static dev.switchboard.application.Rotations.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationSettings;
import dev.switchboard.domain.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProbeTest {

    private final KeyedFakes fakes = new KeyedFakes();
    private final ManualClock clock = new ManualClock();
    private final FakeStorage storage = new FakeStorage();
    private final RotationPolicy policy = new RotationPolicy(RotationSettings.defaults(), clock, new Random(7));
    private final ProviderDirectory directory;
    private final Rotation rotation;
    private final Probe probe;

    ProbeTest() {
        var settings = Rotations.settings(fakes, List.of(key("a"), key("b")));
        KeySeeding.seed(storage, settings, clock);
        directory = ProviderDirectory.create(settings.providers(), List.of(fakes));
        rotation = new Rotation(storage, policy, Duration.ofSeconds(1), clock, Telemetry.NONE);
        probe = new Probe(directory, storage, policy, rotation, clock);
    }

    private void refuse(String name, ProviderFailure failure) {
        storage.rotationStates()
                .update(
                        profile(storage, name).id(),
                        state -> policy.onFailure(state, failure).next());
    }

    private List<String> serve(int times) {
        var openai = directory.entry(Rotations.OPENAI);
        int before = fakes.attempts().size();
        IntStream.range(0, times)
                .forEach(i -> rotation.<ChatResponse>attempt(
                        openai,
                        RequestContext.generated(),
                        null,
                        call -> openai.adapter().complete(ChatRequests.userSays("m", "hi"), call)));
        return fakes.attempts().subList(before, fakes.attempts().size());
    }

    @Test
    void brings_back_a_revoked_key_whose_health_is_up_and_records_it() {
        refuse("a", new ProviderFailure.Unauthorized("invalid api key"));

        assertThat(probe.run()).isEqualTo(1);

        assertThat(state(storage, "a").status()).isEqualTo(ProfileStatus.active());
        assertThat(fakes.probed("openai")).containsExactly("sk-a");
        assertThat(storage.auditLog().recent(10, null))
                .containsExactly(new AuditEntry(
                        ManualClock.T0,
                        "probe",
                        "profile.enabled",
                        "openai/a",
                        "the key works again: its health check with it is up"));
    }

    @Test
    void a_key_brought_back_serves_at_once() {
        fakes.fail("sk-a", revoked());
        serve(2);
        fakes.heal("sk-a");
        assertThat(serve(4)).containsOnly("sk-b");

        probe.run();

        assertThat(serve(4)).contains("sk-a");
    }

    @Test
    void a_forbidden_key_is_probed_too() {
        refuse("b", new ProviderFailure.Forbidden("region not allowed"));

        assertThat(probe.run()).isEqualTo(1);
        assertThat(state(storage, "b").status()).isEqualTo(ProfileStatus.active());
    }

    @Test
    void leaves_a_revoked_key_disabled_while_its_health_is_down() {
        refuse("a", new ProviderFailure.Unauthorized("invalid api key"));
        fakes.health("sk-a", Health.down("401", Duration.ZERO));

        assertThat(probe.run()).isZero();

        assertThat(state(storage, "a").status()).isInstanceOf(ProfileStatus.Disabled.class);
        assertThat(storage.auditLog().recent(10, null)).isEmpty();
    }

    @Test
    void leaves_a_key_an_operator_disabled_alone() {
        refuse("a", new ProviderFailure.Unauthorized("invalid api key"));
        clock.advance(Duration.ofMinutes(1));
        storage.rotationStates().update(profile(storage, "a").id(), state -> policy.disable(state, "retired"));

        assertThat(probe.run()).isZero();

        assertThat(fakes.probed("openai")).isEmpty();
        assertThat(state(storage, "a").status()).isEqualTo(new ProfileStatus.Disabled("retired", clock.instant()));
    }

    @Test
    void leaves_active_and_cooling_keys_alone() {
        refuse("a", new ProviderFailure.RateLimited("slow down", Duration.ofMinutes(1)));

        assertThat(probe.run()).isZero();
        assertThat(fakes.probed("openai")).isEmpty();
    }

    @Test
    void an_adapter_whose_health_check_throws_counts_as_down() {
        refuse("a", new ProviderFailure.Unauthorized("invalid api key"));
        fakes.healthThrows("sk-a");

        assertThat(probe.run()).isZero();
        assertThat(state(storage, "a").status()).isInstanceOf(ProfileStatus.Disabled.class);
    }

    @Test
    void a_gateway_probes_in_the_background_until_it_is_closed() throws InterruptedException {
        var other = new FakeStorage();
        var quick = new KeyRotationSettings(RotationSettings.defaults(), Duration.ofSeconds(1), Duration.ofMillis(10));
        var settings = Rotations.settings(fakes, List.of(key("a"))).withRotation(quick);
        fakes.fail("sk-a", revoked());
        try (var gateway = Gateway.start(settings, List.of(fakes), other, clock)) {
            assertThatThrownBy(() -> gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated()))
                    .isInstanceOf(ProviderException.class);
            fakes.heal("sk-a");

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!(state(other, "a").status() instanceof ProfileStatus.Active) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }

            assertThat(state(other, "a").status()).isEqualTo(ProfileStatus.active());
        }
    }
}

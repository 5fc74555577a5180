package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.PullProgress;
import dev.switchboard.domain.provider.PullStream;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationSettings;
import dev.switchboard.domain.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PullModelTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-pull");
    private static final ProviderId LOCAL = ProviderId.of("local");
    private static final List<PullProgress> STEPS = List.of(
            PullProgress.of("pulling manifest"),
            new PullProgress("pulling dde5aa3fc5ff", "sha256:dde5aa3fc5ff", 2019377376L, 241970L),
            PullProgress.of("success"));

    private final List<String> pulled = new CopyOnWriteArrayList<>();
    private final List<CallContext> calls = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider local = factory.provider("local").pullWith((model, call) -> {
        pulled.add(model);
        calls.add(call);
        return PullStream.from(STEPS.iterator(), () -> closed.set(true));
    });
    private final FakeModelProvider cloud = factory.provider("cloud");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "local", "cloud"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void passes_every_step_on_in_order_with_the_request_id_and_closes_the_upstream() {
        var read = new ArrayList<PullProgress>();
        try (var pull = gateway.admin().pull(LOCAL, " llama3.2 ", CONTEXT)) {
            pull.forEach(read::add);
        }

        assertThat(read).containsExactlyElementsOf(STEPS);
        assertThat(pulled).containsExactly("llama3.2");
        assertThat(calls)
                .singleElement()
                .satisfies(call -> assertThat(call.requestId()).isEqualTo("req-pull"));
        assertThat(closed).isTrue();
    }

    @Test
    void a_finished_pull_makes_the_model_list_ask_the_provider_again() {
        assertThat(gateway.models(CONTEXT)).isEmpty();
        local.models(List.of(ModelDescriptor.named(new ModelRef(LOCAL, "llama3.2"), "library")));
        assertThat(gateway.models(CONTEXT)).as("the list is kept for a while").isEmpty();

        try (var pull = gateway.admin().pull(LOCAL, "llama3.2", CONTEXT)) {
            pull.forEach(step -> {});
        }

        assertThat(gateway.models(CONTEXT))
                .extracting(model -> model.ref().model())
                .containsExactly("llama3.2");
    }

    @Test
    void the_hook_runs_once_and_only_after_the_success_step() {
        var told = new CopyOnWriteArrayList<ProviderId>();
        var clock = java.time.Clock.systemUTC();
        var storage = new InMemoryStorage();
        var rotation = new Rotation(
                storage,
                new RotationPolicy(RotationSettings.defaults(), clock, new java.util.Random(1)),
                java.time.Duration.ZERO,
                clock,
                Telemetry.NONE);
        var routing = Routings.of(
                ProviderDirectory.create(Setups.settings(factory, "local"), List.of(factory)),
                rotation,
                storage,
                clock);
        var pullModel = new PullModel(routing, told::add);
        local.pullWith((model, call) -> PullStream.of(STEPS));
        try (var pull = pullModel.pull(LOCAL, "llama3.2", CONTEXT)) {
            var steps = pull.iterator();
            steps.next();
            steps.next();
            assertThat(told).isEmpty();
            steps.next();
            assertThat(steps.hasNext()).isFalse();
        }

        assertThat(told).containsExactly(LOCAL);
    }

    @Test
    void refuses_an_unknown_provider() {
        var thrown = catchThrowableOfType(
                AdminException.class, () -> gateway.admin().pull(ProviderId.of("nowhere"), "llama3.2", CONTEXT));

        assertThat(thrown.failure()).isEqualTo(new AdminFailure.UnknownProvider(ProviderId.of("nowhere")));
    }

    @Test
    void refuses_a_provider_that_cannot_pull_models_naming_it() {
        var thrown = catchThrowableOfType(
                AdminException.class, () -> gateway.admin().pull(ProviderId.of("cloud"), "llama3.2", CONTEXT));

        assertThat(thrown.failure())
                .isEqualTo(
                        new AdminFailure.InvalidField("provider", "Provider 'cloud' (type fake) cannot pull models."));
        assertThat(cloud.calls()).isEmpty();
    }

    @Test
    void refuses_a_blank_model_before_calling_the_provider() {
        var thrown =
                catchThrowableOfType(AdminException.class, () -> gateway.admin().pull(LOCAL, "  ", CONTEXT));

        assertThat(thrown.failure())
                .isInstanceOfSatisfying(
                        AdminFailure.InvalidField.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("model"));
        assertThat(pulled).isEmpty();
    }

    @Test
    void an_upstream_refusal_before_any_progress_propagates_and_tells_no_one() {
        var refused =
                new ProviderException(new ProviderFailure.ModelNotFound("pull model manifest: file does not exist"));
        local.pullWith((model, call) -> {
            throw refused;
        });

        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.admin().pull(LOCAL, "llama9", CONTEXT));

        assertThat(thrown).isSameAs(refused);
    }
}

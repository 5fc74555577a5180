package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static dev.switchboard.application.Chains.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aliases and fallback chains managed while the gateway runs. */
class RouteAdminTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeStorage storage = new FakeStorage();
    private final ManualClock clock = new ManualClock();
    private Gateway gateway;
    private Operations operations;

    @BeforeEach
    void start() {
        var settings = new GatewaySettings(
                        Setups.settings(factory, "openai", "groq"),
                        List.of(),
                        Map.of("fast", "openai/gpt-4o-mini"),
                        Duration.ofSeconds(30),
                        ReadinessTest.database())
                .withRoutes(List.of(chain("configured", "openai/gpt-4o", "groq/llama")))
                .withResilience(Chains.quick(1));
        gateway = Gateway.start(settings, List.of(factory), storage, clock);
        operations = gateway.operations();
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void lists_the_configurations_routes_with_their_origin() {
        assertThat(operations.routes())
                .extracting(Route::name, Route::origin)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("fast", Route.Origin.CONFIG),
                        org.assertj.core.groups.Tuple.tuple("configured", Route.Origin.CONFIG));
        assertThat(operations.route("configured").targets())
                .extracting(RouteTarget::model)
                .containsExactly(ModelRef.of("openai", "gpt-4o"), ModelRef.of("groq", "llama"));
    }

    @Test
    void a_saved_route_is_listed_audited_and_used_by_routing_at_once() {
        clock.advance(Duration.ofMinutes(1));

        var saved =
                operations.saveRoute("smart", List.of(target("groq/llama"), target("openai/gpt-4o")), false, "alice");

        assertThat(saved.origin()).isEqualTo(Route.Origin.ADMIN);
        assertThat(saved.updatedAt()).isEqualTo(clock.instant());
        assertThat(operations.routes()).extracting(Route::name).contains("smart");
        assertThat(gateway.routes()).extracting(Route::name).contains("smart");
        var context = RequestContext.of("r1");
        gateway.chat(ChatRequests.userSays("smart", "hi"), context);
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("groq", "llama"));
        assertThat(gateway.admin().audit(10, null))
                .containsExactly(new AuditEntry(
                        clock.instant(), "alice", "route_saved", "route/smart", "ordered: groq/llama, openai/gpt-4o"));
    }

    @Test
    void a_replaced_route_routes_to_its_new_targets_at_once() {
        operations.saveRoute("smart", List.of(target("groq/llama")), false, "alice");
        gateway.chat(ChatRequests.userSays("smart", "hi"), RequestContext.of("r1"));

        operations.saveRoute(
                "smart",
                List.of(
                        new RouteTarget(ModelRef.of("openai", "gpt-4o"), 5),
                        new RouteTarget(ModelRef.of("groq", "x"), 1)),
                true,
                "bob");
        var context = RequestContext.of("r2");
        factory.provider("groq").failWith(Chains.unavailable());
        gateway.chat(ChatRequests.userSays("smart", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("openai", "gpt-4o"));
        assertThat(gateway.admin().audit(1, null).getFirst().detail()).isEqualTo("balanced: openai/gpt-4o*5, groq/x*1");
    }

    @Test
    void a_deleted_route_is_gone_for_routing_at_once_and_the_deletion_is_audited() {
        operations.saveRoute("smart", List.of(target("groq/llama")), false, "alice");
        gateway.chat(ChatRequests.userSays("smart", "hi"), RequestContext.of("r1"));

        operations.deleteRoute("smart", "bob");

        assertThat(operations.routes()).extracting(Route::name).doesNotContain("smart");
        var failure = catchThrowableOfType(
                        ProviderException.class,
                        () -> gateway.chat(ChatRequests.userSays("smart", "hi"), RequestContext.of("r2")))
                .failure();
        assertThat(failure).isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(gateway.admin().audit(1, null).getFirst())
                .isEqualTo(new AuditEntry(clock.instant(), "bob", "route_deleted", "route/smart", ""));
    }

    @Test
    void routes_of_the_configuration_refuse_changes_through_the_admin_api() {
        for (String name : List.of("configured", "fast")) {
            assertThat(refusal(() -> operations.saveRoute(name, List.of(target("groq/llama")), false, "alice")))
                    .isEqualTo(new AdminFailure.ConfiguredRoute(name));
            assertThat(refusal(() -> operations.deleteRoute(name, "alice")))
                    .isEqualTo(new AdminFailure.ConfiguredRoute(name));
        }
        assertThat(new AdminFailure.ConfiguredRoute("fast").message())
                .isEqualTo("'fast' is defined in the configuration file; change it there.");
        assertThat(gateway.admin().audit(10, null)).isEmpty();
    }

    @Test
    void a_target_at_an_unknown_provider_is_an_invalid_field() {
        assertThat(refusal(() -> operations.saveRoute("smart", List.of(target("mistral/large")), false, "alice")))
                .isEqualTo(new AdminFailure.InvalidField(
                        "targets", "target mistral/large names provider 'mistral', which is not configured"));
        assertThat(operations.routes()).extracting(Route::name).doesNotContain("smart");
    }

    @Test
    void a_bad_name_or_bad_targets_are_invalid_fields() {
        assertThat(refusal(() -> operations.saveRoute("-bad", List.of(target("groq/llama")), false, "alice")))
                .isInstanceOfSatisfying(
                        AdminFailure.InvalidField.class,
                        field -> assertThat(field.field()).isEqualTo("name"));
        assertThat(refusal(() -> operations.saveRoute("smart", List.of(), false, "alice")))
                .isEqualTo(new AdminFailure.InvalidField("targets", "targets must hold 1-16 models"));
        assertThat(refusal(() -> operations.saveRoute(
                        "smart", List.of(target("groq/llama"), target("groq/llama")), false, "alice")))
                .isEqualTo(new AdminFailure.InvalidField("targets", "targets name groq/llama twice"));
    }

    @Test
    void an_unknown_route_cannot_be_read_or_deleted() {
        assertThat(refusal(() -> operations.route("nope"))).isEqualTo(new AdminFailure.UnknownRoute("nope"));
        assertThat(refusal(() -> operations.deleteRoute("nope", "alice")))
                .isEqualTo(new AdminFailure.UnknownRoute("nope"));
        assertThat(new AdminFailure.UnknownRoute("nope").message())
                .isEqualTo("No alias or fallback chain is named 'nope'.");
    }

    @Test
    void a_change_needs_an_actor() {
        assertThatThrownBy(() -> operations.saveRoute("smart", List.of(target("groq/llama")), false, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor must be 1-200 characters");
        assertThatThrownBy(() -> operations.deleteRoute("smart", "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_route_saved_on_another_node_is_seen_after_the_refresh() {
        assertThat(gateway.routes()).extracting(Route::name).doesNotContain("elsewhere");
        storage.routes()
                .save(new Route(
                        "elsewhere", List.of(target("groq/llama")), false, Route.Origin.ADMIN, clock.instant()));
        assertThat(gateway.routes()).extracting(Route::name).doesNotContain("elsewhere");

        clock.advance(Duration.ofSeconds(6));

        assertThat(gateway.routes()).extracting(Route::name).contains("elsewhere");
    }

    private static AdminFailure refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        return catchThrowableOfType(AdminException.class, action).failure();
    }
}

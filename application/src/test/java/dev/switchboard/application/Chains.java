package dev.switchboard.application;

import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Gateways whose routes have several targets, over a {@link FakeModelProviderFactory}'s fakes, and the models,
 * requests and failures the routing tests talk about.
 */
final class Chains {

    private Chains() {}

    /** Providers {@code ids} in memory, with {@code routes}, {@code attempts} calls per target and no open circuit. */
    static GatewaySettings settings(
            FakeModelProviderFactory factory, int attempts, List<RouteSeed> routes, String... ids) {
        return new GatewaySettings(Setups.settings(factory, ids), List.of(), Map.of(), Duration.ofSeconds(30), null)
                .withRoutes(routes)
                .withResilience(quick(attempts));
    }

    /** {@code attempts} calls per target a millisecond apart, circuits that never open, 256 calls per provider. */
    static ResilienceSettings quick(int attempts) {
        return resilience(retries(attempts), neverOpens(), 256, Duration.ofMillis(100));
    }

    /** {@code attempts} calls per target, a millisecond apart. */
    static ResilienceSettings.Retry retries(int attempts) {
        return new ResilienceSettings.Retry(attempts, Duration.ofMillis(1), 1, 0, Duration.ofMillis(1));
    }

    /** A circuit breaker that never opens. */
    static ResilienceSettings.Breaker neverOpens() {
        return new ResilienceSettings.Breaker(100, 10_000, 10_000, Duration.ofSeconds(1), 1);
    }

    static ResilienceSettings resilience(
            ResilienceSettings.Retry retry, ResilienceSettings.Breaker breaker, int maxConcurrent, Duration maxWait) {
        var defaults = ResilienceSettings.defaults();
        return new ResilienceSettings(
                retry, breaker, maxConcurrent, maxWait, defaults.catalogueTtl(), defaults.healthInterval());
    }

    /** The default resilience with another catalogue TTL and health check interval. */
    static ResilienceSettings intervals(Duration catalogueTtl, Duration healthInterval) {
        var defaults = ResilienceSettings.defaults();
        return new ResilienceSettings(
                defaults.retry(),
                defaults.breaker(),
                defaults.maxConcurrent(),
                defaults.maxWait(),
                catalogueTtl,
                healthInterval);
    }

    /** A fallback chain trying {@code targets} ({@code provider/model}) in order. */
    static RouteSeed chain(String name, String... targets) {
        return new RouteSeed(name, Arrays.stream(targets).map(Chains::target).toList(), false);
    }

    static RouteTarget target(String model) {
        return RouteTarget.of(ModelRef.parse(model).orElseThrow());
    }

    /** A model with known capabilities and context window. */
    static ModelDescriptor model(String qualified, @Nullable Integer window, Capability... capabilities) {
        var known = EnumSet.noneOf(Capability.class);
        known.addAll(Arrays.asList(capabilities));
        return new ModelDescriptor(ModelRef.parse(qualified).orElseThrow(), 0, "fake", known, window, null);
    }

    /** A user message with text and an image. */
    static ChatRequest withImage(String model) {
        return ChatRequest.of(
                model,
                Message.user(List.of(ContentPart.text("what is this?"), ContentPart.image("https://x.test/a.png"))));
    }

    /** A chat answer that fails the first {@code times} calls with {@code failure}, then answers {@code "ok"}. */
    static Function<ChatRequest, ChatResponse> failingFirst(int times, ProviderException failure) {
        var calls = new AtomicInteger();
        return request -> {
            if (calls.incrementAndGet() <= times) throw failure;
            return Replies.answer(request.model(), "ok");
        };
    }

    static ProviderException unavailable() {
        return new ProviderException(new ProviderFailure.Unavailable(503, "overloaded"));
    }

    static ProviderException timeout() {
        return new ProviderException(new ProviderFailure.Timeout("no answer within 30s"));
    }

    static ProviderException invalid() {
        return new ProviderException(new ProviderFailure.InvalidRequest("temperature is out of range", "temperature"));
    }

    static ProviderException rateLimited() {
        return new ProviderException(new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(20)));
    }

    static ProviderException tooLong() {
        return new ProviderException(new ProviderFailure.ContextLengthExceeded("prompt is too long"));
    }
}

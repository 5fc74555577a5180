package dev.switchboard.application;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where every upstream call of the use cases goes through: turns the model a caller named into a {@link Plan}, and
 * tries its targets in order. Each target is first checked against what the catalogue knows of the model
 * ({@link CapabilityCheck}), then called through {@link TargetAttempts} (circuit breaker, bulkhead, key rotation,
 * retries). A failure that is the provider's, or particular to the target, moves the request to the next target
 * ({@link Failover#movesOn}); the client's own mistakes end it. The whole request shares one time budget.
 */
final class Routing {

    private final ProviderDirectory directory;
    private final Rotation rotation;
    private final ModelResolver resolver;
    private final ModelCatalog catalog;
    private final CapabilityCheck check;
    private final TargetAttempts attempts;
    private final Resilience resilience;
    private final Duration budget;

    Routing(
            ProviderDirectory directory,
            Rotation rotation,
            ModelResolver resolver,
            ModelCatalog catalog,
            CapabilityCheck check,
            Resilience resilience,
            TargetAttempts attempts,
            Duration budget) {
        this.directory = directory;
        this.rotation = rotation;
        this.resolver = resolver;
        this.catalog = catalog;
        this.check = check;
        this.resilience = resilience;
        this.attempts = attempts;
        this.budget = budget;
    }

    /** See {@link ModelResolver#resolve}. */
    Plan plan(String model, RequestContext context) {
        return resolver.resolve(model, context);
    }

    /**
     * Runs {@code call} at the plan's first target that takes the request.
     *
     * @param user the request's end-user id, the conversation key when the context has no session key
     * @throws ProviderException the failure that ended the request; {@code InvalidRequest} (or
     *     {@code ContextLengthExceeded}) when no target can take it
     */
    <T> T call(
            Plan plan,
            RequestContext context,
            @Nullable String user,
            Needs needs,
            BiFunction<Target, CallContext, T> call) {
        return walk(
                plan,
                context,
                needs,
                (target, model, deadline) -> attempts.run(
                        target, model, context, context.stickyKey(user), deadline, false, c -> call.apply(target, c)));
    }

    /**
     * Opens a stream at the plan's first target that takes the request and sends a first event; until that event, a
     * failure moves on as {@link #call} does. A failure while reading later is reported against the key and the
     * circuit, and thrown on: by then events may have reached the client. The provider's bulkhead permit is held until
     * the stream is closed.
     */
    ChatStream stream(
            Plan plan,
            RequestContext context,
            @Nullable String user,
            Needs needs,
            BiFunction<Target, CallContext, ChatStream> open) {
        return walk(
                plan,
                context,
                needs,
                (target, model, deadline) -> attempts.run(
                        target,
                        model,
                        context,
                        context.stickyKey(user),
                        deadline,
                        true,
                        c -> opened(target, model, c, open)));
    }

    /** Like {@link #call} for a call any key of the provider may serve, such as listing models; no failover. */
    <T> T call(ProviderEntry provider, RequestContext context, Function<CallContext, T> call) {
        return rotation.attempt(provider, context, null, call);
    }

    /** The provider's health with a usable key, which takes no turn; down when no key is usable. */
    Health health(ProviderEntry provider) {
        Optional<Credential> credential = rotation.anyUsable(provider.id());
        if (credential.isEmpty()) return Health.down("no usable key", Duration.ZERO);
        return provider.adapter()
                .health(new CallContext(credential.get(), RequestContext.newRequestId(), provider.timeout()));
    }

    ProviderDirectory directory() {
        return directory;
    }

    private interface Step<T> {
        T run(Target target, ModelRef model, long deadline);
    }

    private <T> T walk(Plan plan, RequestContext context, Needs needs, Step<T> step) {
        long deadline = System.nanoTime() + budgetOf(plan).toNanos();
        List<Misfit> misfits = new ArrayList<>();
        @Nullable ProviderException last = null;
        @Nullable Integer lastWindow = null;
        for (ModelRef model : plan.targets()) {
            Optional<ProviderEntry> provider = directory.find(model.provider());
            if (provider.isEmpty()) {
                misfits.add(new Misfit("provider " + model.provider() + " is not configured", false));
                continue;
            }
            @Nullable ModelDescriptor known = catalog.known(model);
            Optional<Misfit> misfit = check.misfit(needs, known);
            if (misfit.isPresent()) {
                misfits.add(misfit.get());
                continue;
            }
            if (last != null
                    && last.failure() instanceof ProviderFailure.ContextLengthExceeded
                    && !larger(known, lastWindow)) {
                continue;
            }
            try {
                return step.run(new Target(provider.get(), model.model()), model, deadline);
            } catch (ProviderException e) {
                if (!Failover.movesOn(e.failure())) throw e;
                last = e;
                lastWindow = known == null ? null : known.contextWindow();
            }
        }
        if (last != null) throw last;
        throw noTarget(plan, misfits);
    }

    /**
     * The request's time budget: the gateway's request timeout, or the first target's own timeout when a provider was
     * given a longer one (a slow reasoning model), so that its per-provider setting is not cut short.
     */
    private Duration budgetOf(Plan plan) {
        return directory
                .find(plan.targets().getFirst().provider())
                .map(ProviderEntry::timeout)
                .filter(own -> own.compareTo(budget) > 0)
                .orElse(budget);
    }

    private static boolean larger(@Nullable ModelDescriptor model, @Nullable Integer than) {
        return model != null && model.contextWindow() != null && (than == null || model.contextWindow() > than);
    }

    private ChatStream opened(
            Target target, ModelRef model, CallContext call, BiFunction<Target, CallContext, ChatStream> open) {
        var bulkhead = resilience.bulkhead(model.provider());
        var breaker = resilience.breaker(model);
        PrimedStream primed = PrimedStream.prime(open.apply(target, call), bulkhead::onComplete);
        return new ReportedStream(primed, failure -> {
            rotation.report(target.provider(), call.credential(), failure);
            if (Failover.providerFault(failure)) {
                breaker.onError(0, TimeUnit.NANOSECONDS, new ProviderException(failure));
            }
        });
    }

    private static ProviderException noTarget(Plan plan, List<Misfit> misfits) {
        String reasons = String.join("; ", misfits.stream().map(Misfit::reason).toList());
        boolean tooLong = !misfits.isEmpty() && misfits.stream().allMatch(Misfit::contextLength);
        String message = plan.targets().size() == 1
                ? reasons
                : "no model of '" + plan.requested() + "' can take this request: " + reasons;
        return new ProviderException(
                tooLong
                        ? new ProviderFailure.ContextLengthExceeded(message)
                        : new ProviderFailure.InvalidRequest(message, "model"));
    }
}

package dev.switchboard.application;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the model a caller named into a {@link Target}, and runs the upstream calls of the use cases through the
 * provider's key {@link Rotation}.
 */
final class Routing {

    private final ProviderDirectory directory;
    private final Rotation rotation;

    Routing(ProviderDirectory directory, Rotation rotation) {
        this.directory = directory;
        this.rotation = rotation;
    }

    /**
     * The provider and upstream model of what the caller named.
     *
     * @throws dev.switchboard.domain.provider.ProviderException with {@code ModelNotFound} when nothing matches
     */
    Target target(String model, RequestContext context) {
        ModelRef ref = directory.resolve(model, context);
        return new Target(directory.entry(ref.provider()), ref.model());
    }

    /**
     * Runs {@code call} with a key of the target's provider, moving to the next key when one is refused (see
     * {@link Rotation#attempt}); {@code user} is the request's end-user id, the conversation key when the context
     * has no session key.
     */
    <T> T call(Target target, RequestContext context, @Nullable String user, Function<CallContext, T> call) {
        return rotation.attempt(target.provider(), context, context.stickyKey(user), call);
    }

    /** Like {@link #call} for a call any key may serve, such as listing models. */
    <T> T call(ProviderEntry provider, RequestContext context, Function<CallContext, T> call) {
        return rotation.attempt(provider, context, null, call);
    }

    /**
     * Opens a stream as {@link #call} does; a failure while reading the open stream is reported against its key
     * and thrown on, never retried: by then events may have reached the client.
     */
    ChatStream stream(
            Target target, RequestContext context, @Nullable String user, Function<CallContext, ChatStream> open) {
        ProviderEntry provider = target.provider();
        return call(
                target,
                context,
                user,
                call -> new ReportedStream(
                        open.apply(call), failure -> rotation.report(provider, call.credential(), failure)));
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
}

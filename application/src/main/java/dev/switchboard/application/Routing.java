package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;

/** Turns the model a caller named into a {@link Route}: provider, upstream model name and the key to use. */
final class Routing {

    private final ProviderDirectory directory;
    private final KeyRing keys;

    Routing(ProviderDirectory directory, KeyRing keys) {
        this.directory = directory;
        this.keys = keys;
    }

    Route route(String model, RequestContext context) {
        ModelRef ref = directory.resolve(model, context);
        ProviderEntry provider = directory.entry(ref.provider());
        return new Route(provider, ref.model(), call(provider, context));
    }

    CallContext call(ProviderEntry provider, RequestContext context) {
        return new CallContext(keys.next(provider.id()), context.requestId(), provider.timeout());
    }

    ProviderDirectory directory() {
        return directory;
    }
}

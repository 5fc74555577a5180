package dev.switchboard.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists the models of every provider, or of one. Each provider's list is kept for a while, so listing does not call
 * every provider on every request; a provider whose listing fails is left out and asked again next time.
 */
public final class ListModels {

    private static final System.Logger LOG = System.getLogger(ListModels.class.getName());

    private final Routing routing;
    private final Cache<ProviderId, List<ModelDescriptor>> lists;

    ListModels(Routing routing, Duration keepFor) {
        this.routing = routing;
        this.lists = Caffeine.newBuilder().expireAfterWrite(keepFor).build();
    }

    /** The models of the context's provider, or of all providers on plain routes, in configuration order. */
    public List<ModelDescriptor> list(RequestContext context) {
        ProviderId scoped = context.provider();
        var directory = routing.directory();
        List<ProviderEntry> providers =
                scoped == null ? List.copyOf(directory.all()) : List.of(directory.entry(scoped));
        var models = new ArrayList<ModelDescriptor>();
        for (ProviderEntry provider : providers) models.addAll(modelsOf(provider, context));
        return models;
    }

    /** One model, named as a request would name it; empty when its provider does not list it. */
    public Optional<ModelDescriptor> find(String model, RequestContext context) {
        ModelRef ref = routing.directory().resolve(model, context);
        return modelsOf(routing.directory().entry(ref.provider()), context).stream()
                .filter(descriptor -> descriptor.ref().equals(ref))
                .findFirst();
    }

    /** Drops the kept list of {@code provider}, so that the next listing asks it again. */
    void forget(ProviderId provider) {
        lists.invalidate(provider);
    }

    private List<ModelDescriptor> modelsOf(ProviderEntry provider, RequestContext context) {
        List<ModelDescriptor> known = lists.getIfPresent(provider.id());
        if (known != null) return known;
        try {
            List<ModelDescriptor> fresh = List.copyOf(
                    routing.call(provider, context, call -> provider.adapter().models(call)));
            lists.put(provider.id(), fresh);
            return fresh;
        } catch (ProviderException e) {
            LOG.log(
                    Level.WARNING,
                    "listing the models of provider {0} failed: {1} (request {2})",
                    provider.id(),
                    e.getMessage(),
                    context.requestId());
            return List.of();
        }
    }
}

package dev.switchboard.application;

import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists the models of every provider, or of one, from the catalogue: each provider's own list with the capability
 * table's facts filled in, served from memory and refreshed in the background.
 */
public final class ListModels {

    private final ProviderDirectory directory;
    private final ModelCatalog catalog;
    private final ModelResolver resolver;

    ListModels(ProviderDirectory directory, ModelCatalog catalog, ModelResolver resolver) {
        this.directory = directory;
        this.catalog = catalog;
        this.resolver = resolver;
    }

    /** The models of the context's provider, or of all providers on plain routes, in configuration order. */
    public List<ModelDescriptor> list(RequestContext context) {
        ProviderId scoped = context.provider();
        List<ProviderEntry> providers =
                scoped == null ? List.copyOf(directory.all()) : List.of(directory.entry(scoped));
        var models = new ArrayList<ModelDescriptor>();
        for (ProviderEntry provider : providers) models.addAll(catalog.models(provider.id()));
        return models;
    }

    /**
     * One model, named as a request would name it (an alias names its first target); empty when its provider does not
     * list it.
     */
    public Optional<ModelDescriptor> find(String model, RequestContext context) {
        ModelRef ref = resolver.resolve(model, context).targets().getFirst();
        return catalog.find(ref);
    }
}

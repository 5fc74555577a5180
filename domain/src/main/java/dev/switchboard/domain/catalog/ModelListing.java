package dev.switchboard.domain.catalog;

import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One provider's model list as it was last fetched successfully; what the catalogue keeps and persists.
 *
 * @param provider the provider that listed the models
 * @param models the models, each naming {@code provider}
 * @param fetchedAt when the provider answered
 */
public record ModelListing(ProviderId provider, List<ModelDescriptor> models, Instant fetchedAt) {

    public ModelListing {
        Objects.requireNonNull(provider, "provider");
        models = List.copyOf(models);
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        for (ModelDescriptor model : models) {
            if (!model.ref().provider().equals(provider)) {
                throw new IllegalArgumentException(
                        "models must all belong to provider " + provider + ", not " + model.ref());
            }
        }
    }
}

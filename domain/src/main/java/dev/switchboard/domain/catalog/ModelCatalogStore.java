package dev.switchboard.domain.catalog;

import dev.switchboard.domain.model.ProviderId;
import java.util.List;
import java.util.Optional;

/**
 * Where the catalogue keeps each provider's last good model list, so that a gateway starting while a provider is down
 * still knows that provider's models. Thread-safe.
 */
public interface ModelCatalogStore {

    /** Replaces the provider's stored list with {@code listing}, as one change. */
    void save(ModelListing listing);

    /** The provider's stored list, if one was ever saved. */
    Optional<ModelListing> find(ProviderId provider);

    /** Every stored list, by provider id. */
    List<ModelListing> all();
}

package dev.switchboard.application;

import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.model.ProviderId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Each provider's last good model list, kept in memory. */
final class InMemoryModelCatalogStore implements ModelCatalogStore {

    private final ConcurrentHashMap<ProviderId, ModelListing> listings = new ConcurrentHashMap<>();

    @Override
    public void save(ModelListing listing) {
        listings.put(listing.provider(), listing);
    }

    @Override
    public Optional<ModelListing> find(ProviderId provider) {
        return Optional.ofNullable(listings.get(provider));
    }

    @Override
    public List<ModelListing> all() {
        return List.copyOf(listings.values());
    }
}

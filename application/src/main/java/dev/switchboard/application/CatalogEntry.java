package dev.switchboard.application;

import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the catalogue holds for one provider: its models with the capability table's facts filled in, where they come
 * from, and the last failure to list them, if the last attempt failed.
 *
 * @param provider the provider
 * @param models its models, provider facts first, table facts filling the gaps
 * @param source where the models come from
 * @param fetchedAt when the provider last listed them successfully, or null when it never did
 * @param error why the last attempt to list them failed, or null when it succeeded
 * @param failedAt when that attempt failed, or null
 */
public record CatalogEntry(
        ProviderId provider,
        List<ModelDescriptor> models,
        Source source,
        @Nullable Instant fetchedAt,
        @Nullable String error,
        @Nullable Instant failedAt) {

    /** Where a provider's models come from. */
    public enum Source {
        /** Listed by the provider during this run. */
        LIVE,
        /** The last good list, read from the database: the provider has not answered yet during this run. */
        STORED,
        /** Nothing: the provider never listed its models successfully. */
        NONE
    }

    public CatalogEntry {
        Objects.requireNonNull(provider, "provider");
        models = List.copyOf(models);
        Objects.requireNonNull(source, "source");
    }

    static CatalogEntry live(List<ModelDescriptor> models, ModelListing listing) {
        return new CatalogEntry(listing.provider(), models, Source.LIVE, listing.fetchedAt(), null, null);
    }

    static CatalogEntry stored(List<ModelDescriptor> models, ModelListing listing) {
        return new CatalogEntry(listing.provider(), models, Source.STORED, listing.fetchedAt(), null, null);
    }

    static CatalogEntry none(ProviderId provider, String error, Instant at) {
        return new CatalogEntry(provider, List.of(), Source.NONE, null, error, at);
    }

    /** This entry, still serving its models, marked with a failed attempt to refresh them. */
    CatalogEntry failed(String reason, Instant at) {
        return new CatalogEntry(provider, models, source, fetchedAt, reason, at);
    }
}

package dev.switchboard.application;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every provider's models, with the capability table's facts filled in. Each list is kept in memory (Caffeine) and
 * fetched again in the background once it is older than the TTL, the old list served meanwhile; a fetch that fails keeps
 * the last good list and records the failure. Each good list is also saved to the database, so a gateway that starts
 * while a provider is down still serves that provider's last known models. Thread-safe.
 */
final class ModelCatalog {

    private static final System.Logger LOG = System.getLogger(ModelCatalog.class.getName());

    private final ProviderDirectory directory;
    private final Function<ProviderEntry, List<ModelDescriptor>> fetch;
    private final ModelCatalogStore store;
    private final CapabilityTable table;
    private final Clock clock;
    private final LoadingCache<ProviderId, Held> entries;

    /** An entry with its models by name, for lookups on the request path. */
    private record Held(CatalogEntry entry, Map<String, ModelDescriptor> byName) {
        Held(CatalogEntry entry) {
            this(entry, index(entry.models()));
        }

        private static Map<String, ModelDescriptor> index(List<ModelDescriptor> models) {
            var byName = new HashMap<String, ModelDescriptor>(models.size() * 2);
            for (ModelDescriptor model : models) byName.putIfAbsent(model.ref().model(), model);
            return byName;
        }
    }

    /**
     * @param fetch lists a provider's models upstream (with a key from rotation); throws {@link ProviderException}
     */
    ModelCatalog(
            ProviderDirectory directory,
            Function<ProviderEntry, List<ModelDescriptor>> fetch,
            ModelCatalogStore store,
            CapabilityTable table,
            Duration ttl,
            Clock clock) {
        this.directory = directory;
        this.fetch = fetch;
        this.store = store;
        this.table = table;
        this.clock = clock;
        Executor background = Executors.newVirtualThreadPerTaskExecutor();
        this.entries = Caffeine.newBuilder()
                .refreshAfterWrite(ttl)
                .executor(background)
                .build(new Loader());
    }

    /** The provider's models: live, else the last good list from the database, else none. */
    List<ModelDescriptor> models(ProviderId provider) {
        return entry(provider).models();
    }

    /** The model, when its provider lists it. */
    Optional<ModelDescriptor> find(ModelRef model) {
        directory.entry(model.provider());
        return Optional.ofNullable(entries.get(model.provider()).byName().get(model.model()));
    }

    /**
     * The model as far as the catalogue already knows it, without waiting for a provider: null when its provider's
     * list has not arrived yet or does not hold it. For checks on the request path.
     */
    @Nullable
    ModelDescriptor known(ModelRef model) {
        Held held = entries.getIfPresent(model.provider());
        return held == null ? null : held.byName().get(model.model());
    }

    /** What the catalogue holds for each provider, in configuration order. */
    List<CatalogEntry> entries() {
        var all = new ArrayList<CatalogEntry>();
        for (ProviderEntry provider : directory.all()) all.add(entry(provider.id()));
        return all;
    }

    /** Lists every provider's models again now, and waits for the answers (each bounded by its call timeout). */
    List<CatalogEntry> refresh() {
        var pending = new java.util.LinkedHashMap<ProviderId, CompletableFuture<Held>>();
        for (ProviderEntry provider : directory.all()) pending.put(provider.id(), entries.refresh(provider.id()));
        // Caffeine stores a refreshed value only after its future completed, maybe after join() returned: store it now.
        pending.forEach((id, future) -> entries.put(id, future.join()));
        return entries();
    }

    /** Lists one provider's models again now and waits for the answer; a failure keeps the last good list. */
    void refreshProvider(ProviderId provider) {
        directory.entry(provider);
        entries.put(provider, entries.refresh(provider).join());
    }

    /**
     * Lists again, in the background, the providers not listed live yet during this run, and those whose last attempt
     * failed. The gateway runs it periodically, so the catalogue fills without waiting for a client to ask.
     */
    void refreshStale() {
        for (ProviderEntry provider : directory.all()) {
            Held known = entries.getIfPresent(provider.id());
            if (known == null || known.entry().error() != null || known.entry().source() != CatalogEntry.Source.LIVE) {
                entries.refresh(provider.id());
            }
        }
    }

    /** Serves the database's lists at once, without calling any provider. */
    void warmUp() {
        for (ModelListing listing : storedListings()) {
            if (directory.find(listing.provider()).isPresent()) {
                entries.put(listing.provider(), new Held(CatalogEntry.stored(filled(listing), listing)));
            }
        }
    }

    /** What the catalogue holds for one configured provider, fetching its list if it has none yet. */
    CatalogEntry entry(ProviderId provider) {
        directory.entry(provider);
        return entries.get(provider).entry();
    }

    private List<ModelListing> storedListings() {
        try {
            return store.all();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "reading the stored model catalogue failed ({0})",
                    e.getClass().getName());
            return List.of();
        }
    }

    private List<ModelDescriptor> filled(ModelListing listing) {
        return listing.models().stream().map(table::fill).toList();
    }

    private Held fetchLive(ProviderId id) {
        var listing = new ModelListing(id, fetch.apply(directory.entry(id)), clock.instant());
        try {
            store.save(listing);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "saving the models of provider {0} failed ({1})",
                    id,
                    e.getClass().getName());
        }
        return new Held(CatalogEntry.live(filled(listing), listing));
    }

    private final class Loader implements CacheLoader<ProviderId, Held> {

        @Override
        public Held load(ProviderId id) {
            try {
                return fetchLive(id);
            } catch (ProviderException e) {
                logFailure(id, e);
                Optional<ModelListing> stored = storedListing(id);
                return new Held(stored.map(listing -> CatalogEntry.stored(filled(listing), listing)
                                .failed(e.failure().message(), clock.instant()))
                        .orElseGet(() -> CatalogEntry.none(id, e.failure().message(), clock.instant())));
            }
        }

        @Override
        public Held reload(ProviderId id, Held old) {
            try {
                return fetchLive(id);
            } catch (ProviderException e) {
                logFailure(id, e);
                return new Held(old.entry().failed(e.failure().message(), clock.instant()), old.byName());
            }
        }

        private Optional<ModelListing> storedListing(ProviderId id) {
            try {
                return store.find(id);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private void logFailure(ProviderId id, ProviderException e) {
            LOG.log(
                    Level.WARNING,
                    "listing the models of provider {0} failed: {1}",
                    id,
                    e.failure().message());
        }
    }
}

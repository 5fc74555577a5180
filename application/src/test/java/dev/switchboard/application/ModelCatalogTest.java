package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The catalogue's background refresh and its store's failures, on the catalogue itself. */
class ModelCatalogTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final ProviderDirectory directory =
            ProviderDirectory.create(Setups.settings(factory, "openai"), List.of(factory));

    @Test
    void a_stale_refresh_lists_a_provider_not_listed_yet_in_the_background() throws InterruptedException {
        factory.provider("openai").modelsNamed("gpt-4o");
        var catalog = catalog(new InMemoryModelCatalogStore());

        catalog.refreshStale();

        await(() -> catalog.known(ModelRef.of("openai", "gpt-4o")) != null);
        assertThat(catalog.entries().getFirst().source()).isEqualTo(CatalogEntry.Source.LIVE);
    }

    @Test
    void a_stale_refresh_lists_again_a_provider_whose_listing_failed() throws InterruptedException {
        factory.provider("openai").failWith(Chains.unavailable());
        var catalog = catalog(new InMemoryModelCatalogStore());
        assertThat(catalog.models(OPENAI)).isEmpty();
        factory.provider("openai").succeed().modelsNamed("gpt-4o");

        catalog.refreshStale();

        await(() -> !catalog.models(OPENAI).isEmpty());
        assertThat(catalog.entries().getFirst().error()).isNull();
    }

    @Test
    void a_stale_refresh_leaves_a_live_list_alone() throws InterruptedException {
        factory.provider("openai").modelsNamed("gpt-4o");
        var catalog = catalog(new InMemoryModelCatalogStore());
        catalog.models(OPENAI);

        catalog.refreshStale();
        Thread.sleep(100);

        assertThat(factory.provider("openai").calls(FakeCall.Models.class)).hasSize(1);
    }

    @Test
    void a_stale_refresh_lists_again_a_provider_served_from_the_store() throws InterruptedException {
        var store = new InMemoryModelCatalogStore();
        store.save(new ModelListing(OPENAI, List.of(), ManualClock.T0));
        factory.provider("openai").modelsNamed("gpt-4o");
        var catalog = catalog(store);
        catalog.warmUp();
        assertThat(catalog.entries().getFirst().source()).isEqualTo(CatalogEntry.Source.STORED);

        catalog.refreshStale();

        await(() -> catalog.entries().getFirst().source() == CatalogEntry.Source.LIVE);
        assertThat(catalog.models(OPENAI)).hasSize(1);
    }

    @Test
    void warm_up_skips_the_lists_of_providers_no_longer_configured() {
        var store = new InMemoryModelCatalogStore();
        store.save(new ModelListing(ProviderId.of("gone"), List.of(), ManualClock.T0));
        var catalog = catalog(store);

        catalog.warmUp();

        assertThat(catalog.known(ModelRef.of("gone", "m"))).isNull();
        assertThat(factory.provider("openai").calls()).isEmpty();
    }

    @Test
    void a_broken_store_neither_stops_warm_up_nor_listing() {
        factory.provider("openai").modelsNamed("gpt-4o");
        var catalog = catalog(new BrokenStore());

        catalog.warmUp();

        assertThat(catalog.models(OPENAI)).hasSize(1);
        assertThat(catalog.find(ModelRef.of("openai", "gpt-4o"))).isPresent();
    }

    @Test
    void a_broken_store_and_a_failing_provider_leave_no_models() {
        factory.provider("openai").failWith(Chains.unavailable());
        var catalog = catalog(new BrokenStore());

        assertThat(catalog.models(OPENAI)).isEmpty();
        assertThat(catalog.entries().getFirst().source()).isEqualTo(CatalogEntry.Source.NONE);
    }

    @Test
    void a_provider_that_is_not_configured_is_model_not_found() {
        var catalog = catalog(new InMemoryModelCatalogStore());

        assertThatThrownBy(() -> catalog.find(ModelRef.of("mistral", "large")))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.ModelNotFound.class));
        assertThat(catalog.known(ModelRef.of("mistral", "large"))).isNull();
    }

    @Test
    void a_catalogue_entry_copies_its_models() {
        var models = new java.util.ArrayList<ModelDescriptor>();
        var entry = new CatalogEntry(OPENAI, models, CatalogEntry.Source.NONE, null, null, null);

        models.add(ModelDescriptor.named(ModelRef.of("openai", "gpt-4o"), "openai"));

        assertThat(entry.models()).isEmpty();
    }

    private ModelCatalog catalog(ModelCatalogStore store) {
        var call = new CallContext(new Credential.Anonymous(new ProfileId("anonymous")), "r0", Duration.ofSeconds(1));
        return new ModelCatalog(
                directory,
                provider -> provider.adapter().models(call),
                store,
                CapabilityTable.bundled(),
                Duration.ofMinutes(10),
                new ManualClock());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) Thread.sleep(10);
        assertThat(condition.getAsBoolean()).as("condition within 5s").isTrue();
    }

    /** A store whose every call fails, as a database that is down does. */
    private static final class BrokenStore implements ModelCatalogStore {
        @Override
        public void save(ModelListing listing) {
            throw new IllegalStateException("database is down");
        }

        @Override
        public Optional<ModelListing> find(ProviderId provider) {
            throw new IllegalStateException("database is down");
        }

        @Override
        public List<ModelListing> all() {
            throw new IllegalStateException("database is down");
        }
    }
}

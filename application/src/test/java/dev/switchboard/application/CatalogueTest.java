package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model catalogue through the gateway: merged with the capability table, cached, persisted and refreshed. */
class CatalogueTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final RequestContext PLAIN = RequestContext.of("list");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeStorage storage = new FakeStorage();
    private final ManualClock clock = new ManualClock();
    private Gateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) gateway.close();
    }

    @Test
    void the_table_fills_what_the_provider_leaves_out_and_the_providers_facts_win() {
        factory.provider("openai")
                .models(List.of(
                        Chains.model("openai/gpt-4o", 1000, Capability.CHAT),
                        ModelDescriptor.named(ModelRef.of("openai", "my-fine-tune"), "me")));
        start(ResilienceSettings.defaults());

        var models = gateway.models(PLAIN);

        assertThat(models).extracting(m -> m.ref().model()).containsExactly("gpt-4o", "my-fine-tune");
        var gpt = models.getFirst();
        assertThat(gpt.contextWindow()).isEqualTo(1000);
        assertThat(gpt.maxOutputTokens()).isEqualTo(16384);
        assertThat(gpt.capabilities())
                .contains(Capability.CHAT, Capability.VISION, Capability.TOOLS, Capability.STREAMING);
        var unknown = models.get(1);
        assertThat(unknown.capabilitiesKnown()).isFalse();
        assertThat(unknown.contextWindow()).isNull();
    }

    @Test
    void a_good_list_is_saved_and_its_entry_says_it_is_live() {
        factory.provider("openai").modelsNamed("gpt-4o");
        start(ResilienceSettings.defaults());

        gateway.models(PLAIN);

        assertThat(storage.modelCatalog().find(OPENAI)).hasValueSatisfying(listing -> {
            assertThat(listing.fetchedAt()).isEqualTo(ManualClock.T0);
            assertThat(listing.models()).extracting(m -> m.ref().model()).containsExactly("gpt-4o");
        });
        assertThat(gateway.operations().catalogue()).singleElement().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo(CatalogEntry.Source.LIVE);
            assertThat(entry.fetchedAt()).isEqualTo(ManualClock.T0);
            assertThat(entry.error()).isNull();
            assertThat(entry.failedAt()).isNull();
        });
    }

    @Test
    void a_refresh_lists_again_at_once() {
        factory.provider("openai").modelsNamed("gpt-4o");
        start(ResilienceSettings.defaults());
        gateway.models(PLAIN);
        factory.provider("openai").modelsNamed("gpt-4o", "gpt-5");
        clock.advance(Duration.ofMinutes(1));

        assertThat(gateway.models(PLAIN)).hasSize(1);
        var refreshed = gateway.operations().refreshCatalogue();

        assertThat(refreshed).singleElement().satisfies(entry -> {
            assertThat(entry.models()).extracting(m -> m.ref().model()).containsExactly("gpt-4o", "gpt-5");
            assertThat(entry.fetchedAt()).isEqualTo(ManualClock.T0.plus(Duration.ofMinutes(1)));
        });
        assertThat(gateway.models(PLAIN)).hasSize(2);
    }

    @Test
    void a_list_older_than_its_ttl_is_listed_again_in_the_background_while_the_old_one_is_served()
            throws InterruptedException {
        factory.provider("openai").modelsNamed("gpt-4o");
        start(Chains.intervals(
                Duration.ofMillis(100), ResilienceSettings.defaults().healthInterval()));
        gateway.models(PLAIN);
        factory.provider("openai").modelsNamed("gpt-4o", "gpt-5");

        assertThat(gateway.models(PLAIN)).hasSize(1);
        Thread.sleep(150);
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gateway.models(PLAIN).size() == 1 && System.nanoTime() < until) Thread.sleep(10);

        assertThat(gateway.models(PLAIN)).hasSize(2);
        assertThat(factory.provider("openai").calls(FakeCall.Models.class)).hasSize(2);
    }

    @Test
    void a_gateway_started_while_a_provider_is_down_serves_its_stored_list() {
        var listedAt = ManualClock.T0.minus(Duration.ofDays(1));
        storage.modelCatalog()
                .save(new ModelListing(
                        OPENAI, List.of(ModelDescriptor.named(ModelRef.of("openai", "gpt-4o"), "openai")), listedAt));
        factory.provider("openai").failWith(Chains.unavailable());
        start(ResilienceSettings.defaults());

        var models = gateway.models(PLAIN);

        assertThat(models).extracting(m -> m.ref().qualified()).containsExactly("openai/gpt-4o");
        assertThat(models.getFirst().contextWindow()).isEqualTo(128000);
        assertThat(gateway.operations().catalogue()).singleElement().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo(CatalogEntry.Source.STORED);
            assertThat(entry.fetchedAt()).isEqualTo(listedAt);
        });
        assertThat(gateway.operations().refreshCatalogue()).singleElement().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo(CatalogEntry.Source.STORED);
            assertThat(entry.models()).hasSize(1);
            assertThat(entry.error()).isEqualTo("overloaded");
            assertThat(entry.failedAt()).isEqualTo(ManualClock.T0);
        });
    }

    @Test
    void a_provider_first_listed_while_down_serves_the_list_another_node_stored() {
        factory.provider("openai").failWith(Chains.unavailable());
        start(ResilienceSettings.defaults());
        storage.modelCatalog()
                .save(new ModelListing(
                        OPENAI,
                        List.of(ModelDescriptor.named(ModelRef.of("openai", "gpt-4o"), "openai")),
                        ManualClock.T0));

        assertThat(gateway.models(PLAIN)).extracting(m -> m.ref().model()).containsExactly("gpt-4o");
        assertThat(gateway.operations().catalogue()).singleElement().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo(CatalogEntry.Source.STORED);
            assertThat(entry.error()).isEqualTo("overloaded");
        });
    }

    @Test
    void a_provider_that_never_listed_its_models_has_none_and_says_why() {
        factory.provider("openai").failWith(Chains.unavailable());
        start(ResilienceSettings.defaults());

        assertThat(gateway.models(PLAIN)).isEmpty();
        assertThat(gateway.operations().catalogue())
                .containsExactly(new CatalogEntry(
                        OPENAI, List.of(), CatalogEntry.Source.NONE, null, "overloaded", ManualClock.T0));
    }

    @Test
    void a_failing_refresh_keeps_the_last_good_list_and_records_the_error_until_a_refresh_succeeds() {
        factory.provider("openai").modelsNamed("gpt-4o");
        start(ResilienceSettings.defaults());
        gateway.models(PLAIN);
        factory.provider("openai").failWith(Chains.timeout());
        clock.advance(Duration.ofMinutes(5));

        var failed = gateway.operations().refreshCatalogue().getFirst();

        assertThat(failed.source()).isEqualTo(CatalogEntry.Source.LIVE);
        assertThat(failed.models()).extracting(m -> m.ref().model()).containsExactly("gpt-4o");
        assertThat(failed.fetchedAt()).isEqualTo(ManualClock.T0);
        assertThat(failed.error()).isEqualTo("no answer within 30s");
        assertThat(failed.failedAt()).isEqualTo(ManualClock.T0.plus(Duration.ofMinutes(5)));
        assertThat(gateway.models(PLAIN)).hasSize(1);
        assertThat(gateway.operations().providers().getFirst().catalogue()).isEqualTo(failed);

        factory.provider("openai").succeed();
        var healed = gateway.operations().refreshCatalogue().getFirst();
        assertThat(healed.error()).isNull();
        assertThat(healed.fetchedAt()).isEqualTo(ManualClock.T0.plus(Duration.ofMinutes(5)));
    }

    private void start(ResilienceSettings resilience) {
        var settings = new GatewaySettings(
                        Setups.settings(factory, "openai"),
                        List.of(),
                        Map.of(),
                        Duration.ofSeconds(30),
                        ReadinessTest.database())
                .withResilience(resilience);
        gateway = Gateway.start(settings, List.of(factory), storage, clock);
    }
}

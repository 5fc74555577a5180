package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weighted choice of a balanced route, with the random draw fixed. */
class ModelResolverTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final ManualClock clock = new ManualClock();

    @ParameterizedTest(name = "draw {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | a/one,b/two,c/three
            2 | a/one,b/two,c/three
            3 | b/two,a/one,c/three
            4 | c/three,a/one,b/two
            5 | c/three,a/one,b/two
            """)
    void a_balanced_route_puts_the_weighted_choice_first_and_keeps_the_rest_in_order(int draw, String expected) {
        var resolver = resolver(draw, true);

        Plan plan = resolver.resolve("spread", RequestContext.of("r1"));

        assertThat(plan.requested()).isEqualTo("spread");
        assertThat(plan.targets())
                .containsExactlyElementsOf(Arrays.stream(expected.split(","))
                        .map(name -> ModelRef.parse(name).orElseThrow())
                        .toList());
    }

    @ParameterizedTest(name = "draw {0}")
    @CsvSource({"0", "5"})
    void an_ordered_route_ignores_the_draw(int draw) {
        Plan plan = resolver(draw, false).resolve("spread", RequestContext.of("r1"));

        assertThat(plan.targets()).extracting(ModelRef::qualified).containsExactly("a/one", "b/two", "c/three");
    }

    private ModelResolver resolver(int draw, boolean balanced) {
        var directory = ProviderDirectory.create(Setups.settings(factory, "a", "b", "c"), List.of(factory));
        var book = new RouteBook(new InMemoryRouteStore(), Duration.ofSeconds(5), clock);
        book.seed(List.of(new RouteSeed(
                "spread",
                List.of(
                        new RouteTarget(ModelRef.of("a", "one"), 3),
                        new RouteTarget(ModelRef.of("b", "two"), 1),
                        new RouteTarget(ModelRef.of("c", "three"), 2)),
                balanced)));
        var catalog = new ModelCatalog(
                directory,
                provider -> provider.adapter()
                        .models(new CallContext(
                                new Credential.Anonymous(new ProfileId("anonymous")), "r0", Duration.ofSeconds(1))),
                new InMemoryModelCatalogStore(),
                CapabilityTable.bundled(),
                Duration.ofMinutes(10),
                clock);
        return new ModelResolver(directory, book, catalog, fixed(draw));
    }

    /** A generator whose every bounded draw is {@code value}. */
    private static RandomGenerator fixed(int value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(6);
                return value;
            }
        };
    }
}

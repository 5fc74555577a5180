package dev.switchboard.application;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * The one place where the model a caller named becomes the models to try, the same for HTTP and library callers:
 * <ol>
 *   <li>on a provider route ({@code /{provider}/v1/...}), the provider's own model name (a {@code provider/} prefix
 *       of the same provider tolerated), with no fallback: the caller chose the provider;
 *   <li>a route (alias or fallback chain) of that name, from the configuration or the admin API;
 *   <li>{@code provider/model} of a configured provider;
 *   <li>a bare model name that exactly one provider's catalogue lists; several → a 400 naming the candidates.
 * </ol>
 */
final class ModelResolver {

    private final ProviderDirectory directory;
    private final RouteBook routes;
    private final ModelCatalog catalog;
    private final RandomGenerator random;

    ModelResolver(ProviderDirectory directory, RouteBook routes, ModelCatalog catalog, RandomGenerator random) {
        this.directory = directory;
        this.routes = routes;
        this.catalog = catalog;
        this.random = random;
    }

    /**
     * @throws ProviderException {@code ModelNotFound} when nothing matches; {@code InvalidRequest} when a bare name is
     *     offered by several providers
     */
    Plan resolve(String model, RequestContext context) {
        ProviderId scoped = context.provider();
        if (scoped != null) {
            directory.entry(scoped);
            String prefix = scoped.value() + "/";
            String own = model.startsWith(prefix) ? model.substring(prefix.length()) : model;
            return Plan.single(model, new ModelRef(scoped, own));
        }
        Optional<Route> route = routes.find(model);
        if (route.isPresent()) return new Plan(model, order(route.get()));
        Optional<ModelRef> ref = ModelRef.parse(model);
        if (ref.isPresent() && directory.find(ref.get().provider()).isPresent()) return Plan.single(model, ref.get());
        return Plan.single(model, bare(model));
    }

    /** The route's targets in the order to try them: as configured, or the weighted choice first when balanced. */
    private List<ModelRef> order(Route route) {
        List<ModelRef> targets =
                new ArrayList<>(route.targets().stream().map(RouteTarget::model).toList());
        if (!route.balanced() || targets.size() == 1) return targets;
        int total = route.targets().stream().mapToInt(RouteTarget::weight).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < route.targets().size(); i++) {
            pick -= route.targets().get(i).weight();
            if (pick < 0) {
                targets.addFirst(targets.remove(i));
                break;
            }
        }
        return targets;
    }

    private ModelRef bare(String model) {
        var candidates = new ArrayList<ModelRef>();
        for (ProviderEntry provider : directory.all()) {
            var ref = new ModelRef(provider.id(), model);
            if (catalog.find(ref).isPresent()) candidates.add(ref);
        }
        if (candidates.size() == 1) return candidates.getFirst();
        if (candidates.isEmpty()) {
            Optional<ModelRef> ref = ModelRef.parse(model);
            String message = ref.isPresent()
                    ? "provider '" + ref.get().provider() + "' is not configured"
                    : "model '" + model + "' is neither provider/model nor a configured alias, and no provider lists"
                            + " it; providers: "
                            + new TreeSet<>(directory.all().stream()
                                    .map(p -> p.id().value())
                                    .toList());
            throw new ProviderException(new ProviderFailure.ModelNotFound(message));
        }
        throw new ProviderException(new ProviderFailure.InvalidRequest(
                "model '" + model + "' is offered by several providers; name one of: "
                        + String.join(
                                ", ",
                                candidates.stream().map(ModelRef::qualified).toList()),
                "model"));
    }
}

package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.catalog.RouteTarget;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The admin side of routes (aliases and fallback chains): list, save and delete them. Routes from the configuration
 * file are read-only here. Every change is audited and reaches this node's routing at once, other nodes within their
 * refresh.
 */
final class ManageRoutes {

    private static final System.Logger LOG = System.getLogger(ManageRoutes.class.getName());

    private final RouteStore store;
    private final RouteBook book;
    private final ProviderDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    ManageRoutes(RouteStore store, RouteBook book, ProviderDirectory directory, AuditLog audit, Clock clock) {
        this.store = store;
        this.book = book;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    List<Route> list() {
        return store.all();
    }

    Route find(String name) {
        return store.find(name).orElseThrow(() -> new AdminException(new AdminFailure.UnknownRoute(name)));
    }

    /**
     * Creates the route or replaces the operator's route of that name.
     *
     * @throws AdminException {@code ConfiguredRoute} for a route of the configuration; {@code InvalidField} for a
     *     bad name or targets, or a target at an unknown provider
     */
    Route save(String name, List<RouteTarget> targets, boolean balanced, String actor) {
        store.find(name).ifPresent(existing -> refuseConfigured(existing));
        for (RouteTarget target : targets) {
            if (directory.find(target.model().provider()).isEmpty()) {
                throw AdminException.invalid(
                        "targets",
                        "target " + target.model() + " names provider '"
                                + target.model().provider() + "', which is not configured");
            }
        }
        Route route;
        try {
            route = new Route(name, targets, balanced, Route.Origin.ADMIN, now());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            throw AdminException.invalid(message.startsWith("route name") ? "name" : "targets", message);
        }
        store.save(route);
        record(actor, "route_saved", name, describe(route));
        return route;
    }

    /** @throws AdminException {@code UnknownRoute}, or {@code ConfiguredRoute} for a route of the configuration */
    void delete(String name, String actor) {
        refuseConfigured(find(name));
        if (!store.delete(name)) throw new AdminException(new AdminFailure.UnknownRoute(name));
        record(actor, "route_deleted", name, "");
    }

    private static void refuseConfigured(Route route) {
        if (route.origin() == Route.Origin.CONFIG)
            throw new AdminException(new AdminFailure.ConfiguredRoute(route.name()));
    }

    private void record(String actor, String action, String name, String detail) {
        String kept = detail.length() > AuditEntry.MAX_DETAIL ? detail.substring(0, AuditEntry.MAX_DETAIL) : detail;
        audit.record(new AuditEntry(now(), actor, action, "route/" + name, kept));
        LOG.log(Level.INFO, "admin change by {0}: {1} route {2}", actor, action, name);
        book.invalidate();
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String describe(Route route) {
        return (route.balanced() ? "balanced: " : "ordered: ")
                + route.targets().stream()
                        .map(t -> t.model().qualified() + (route.balanced() ? "*" + t.weight() : ""))
                        .collect(Collectors.joining(", "));
    }
}

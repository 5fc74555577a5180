package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.Route.Origin;
import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link RouteStore} on the {@code model_route} and {@code model_route_target} tables, in SQL that H2 and PostgreSQL
 * both run. A save replaces the route's row and all its targets in one transaction; a read is one query, so it never
 * sees half of a save. {@code updatedAt} keeps microseconds.
 */
final class JdbiRouteStore implements RouteStore {

    private static final String SELECT = "SELECT r.name, r.balanced, r.origin, r.updated_at, t.provider, t.model,"
            + " t.weight FROM model_route r JOIN model_route_target t ON t.route_name = r.name";
    private static final String INSERT_TARGET = "INSERT INTO model_route_target (route_name, position, provider,"
            + " model, weight) VALUES (:name, :position, :provider, :model, :weight)";

    private final Jdbi jdbi;

    JdbiRouteStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(Route route) {
        RacingWrites.inTransaction(jdbi, handle -> replace(handle, route));
    }

    @Override
    public Optional<Route> find(String name) {
        var rows = jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE r.name = :name ORDER BY t.position")
                .bind("name", name)
                .map((rs, ctx) -> row(rs))
                .list());
        return routes(rows).stream().findFirst();
    }

    /** Every route, ordered by name in Java so that both databases' collations give one order. */
    @Override
    public List<Route> all() {
        var rows = jdbi.withHandle(handle -> handle.createQuery(SELECT + " ORDER BY r.name, t.position")
                .map((rs, ctx) -> row(rs))
                .list());
        return routes(rows);
    }

    /** Deletes the route; the database's foreign key deletes its targets with it. */
    @Override
    public boolean delete(String name) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM model_route WHERE name = :name")
                        .bind("name", name)
                        .execute())
                > 0;
    }

    /** Locks the route's row by updating it (inserting it when new), then replaces its targets. */
    private static void replace(Handle handle, Route route) {
        int updated = handle.createUpdate("UPDATE model_route SET balanced = :balanced, origin = :origin,"
                        + " updated_at = :updatedAt WHERE name = :name")
                .bind("balanced", route.balanced())
                .bind("origin", origin(route.origin()))
                .bind("updatedAt", Columns.timestamp(route.updatedAt()))
                .bind("name", route.name())
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO model_route (name, balanced, origin, updated_at)"
                            + " VALUES (:name, :balanced, :origin, :updatedAt)")
                    .bind("name", route.name())
                    .bind("balanced", route.balanced())
                    .bind("origin", origin(route.origin()))
                    .bind("updatedAt", Columns.timestamp(route.updatedAt()))
                    .execute();
        }
        handle.createUpdate("DELETE FROM model_route_target WHERE route_name = :name")
                .bind("name", route.name())
                .execute();
        var batch = handle.prepareBatch(INSERT_TARGET);
        for (int position = 0; position < route.targets().size(); position++) {
            var target = route.targets().get(position);
            batch.bind("name", route.name())
                    .bind("position", position)
                    .bind("provider", target.model().provider().value())
                    .bind("model", target.model().model())
                    .bind("weight", target.weight())
                    .add();
        }
        batch.execute();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString("name"),
                rs.getBoolean("balanced"),
                origin(rs.getString("origin")),
                Columns.requiredInstant(rs, "updated_at"),
                new RouteTarget(
                        new ModelRef(new ProviderId(rs.getString("provider")), rs.getString("model")),
                        rs.getInt("weight")));
    }

    /** The routes in {@code rows}, whose targets come in position order, by name. */
    private static List<Route> routes(List<Row> rows) {
        Map<String, List<Row>> byName = new TreeMap<>();
        for (var row : rows) {
            byName.computeIfAbsent(row.name(), _ -> new ArrayList<>()).add(row);
        }
        return byName.values().stream()
                .map(targets -> {
                    var first = targets.getFirst();
                    return new Route(
                            first.name(),
                            targets.stream().map(Row::target).toList(),
                            first.balanced(),
                            first.origin(),
                            first.updatedAt());
                })
                .toList();
    }

    /** The column's spelling of an origin: its name in lower case, as the schema's check allows. */
    private static String origin(Origin origin) {
        return switch (origin) {
            case CONFIG -> "config";
            case ADMIN -> "admin";
        };
    }

    private static Origin origin(String column) {
        return switch (column) {
            case "config" -> Origin.CONFIG;
            case "admin" -> Origin.ADMIN;
            default -> throw new IllegalStateException("model_route.origin holds an unknown origin");
        };
    }

    /** One row of {@link #SELECT}: a route and one of its targets. */
    private record Row(String name, boolean balanced, Origin origin, Instant updatedAt, RouteTarget target) {}
}

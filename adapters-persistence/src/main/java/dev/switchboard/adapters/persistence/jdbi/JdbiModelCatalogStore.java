package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.model.ModelDescriptor;
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
import org.jspecify.annotations.Nullable;

/**
 * {@link ModelCatalogStore} on the {@code catalog_listing} and {@code catalog_model} tables, in SQL that H2 and
 * PostgreSQL both run. A save replaces the provider's row and all its models in one transaction, the models in one
 * JDBC batch; a read is one query, so it never sees half of a save. {@code fetchedAt} keeps microseconds.
 */
final class JdbiModelCatalogStore implements ModelCatalogStore {

    private static final String SELECT = "SELECT l.provider, l.fetched_at, " + ModelRows.COLUMNS
            + " FROM catalog_listing l LEFT JOIN catalog_model m ON m.provider = l.provider";

    private final Jdbi jdbi;

    JdbiModelCatalogStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(ModelListing listing) {
        RacingWrites.inTransaction(jdbi, handle -> replace(handle, listing));
    }

    @Override
    public Optional<ModelListing> find(ProviderId provider) {
        var rows = jdbi.withHandle(
                handle -> handle.createQuery(SELECT + " WHERE l.provider = :provider ORDER BY m.position")
                        .bind("provider", provider.value())
                        .map((rs, ctx) -> row(rs))
                        .list());
        return listings(rows).stream().findFirst();
    }

    /** Every listing, ordered by provider id in Java so that both databases' collations give one order. */
    @Override
    public List<ModelListing> all() {
        var rows = jdbi.withHandle(handle -> handle.createQuery(SELECT + " ORDER BY l.provider, m.position")
                .map((rs, ctx) -> row(rs))
                .list());
        return listings(rows);
    }

    /** Locks the provider's row by updating it (inserting it when new), then replaces its models. */
    private static void replace(Handle handle, ModelListing listing) {
        var provider = listing.provider().value();
        int updated = handle.createUpdate(
                        "UPDATE catalog_listing SET fetched_at = :fetchedAt WHERE provider = :provider")
                .bind("fetchedAt", Columns.timestamp(listing.fetchedAt()))
                .bind("provider", provider)
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO catalog_listing (provider, fetched_at) VALUES (:provider, :fetchedAt)")
                    .bind("provider", provider)
                    .bind("fetchedAt", Columns.timestamp(listing.fetchedAt()))
                    .execute();
        }
        handle.createUpdate("DELETE FROM catalog_model WHERE provider = :provider")
                .bind("provider", provider)
                .execute();
        if (listing.models().isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch(ModelRows.INSERT);
        for (int position = 0; position < listing.models().size(); position++) {
            ModelRows.bind(batch, position, listing.models().get(position)).add();
        }
        batch.execute();
    }

    private static Row row(ResultSet rs) throws SQLException {
        var provider = new ProviderId(rs.getString("provider"));
        return new Row(provider, Columns.requiredInstant(rs, "fetched_at"), ModelRows.read(rs, provider));
    }

    /** The listings in {@code rows}, whose models come in position order, by provider id. */
    private static List<ModelListing> listings(List<Row> rows) {
        Map<String, Listing> byProvider = new TreeMap<>();
        for (var row : rows) {
            var listing = byProvider.computeIfAbsent(
                    row.provider().value(), _ -> new Listing(row.provider(), row.fetchedAt(), new ArrayList<>()));
            if (row.model() != null) {
                listing.models().add(row.model());
            }
        }
        return byProvider.values().stream()
                .map(l -> new ModelListing(l.provider(), l.models(), l.fetchedAt()))
                .toList();
    }

    /** One row of {@link #SELECT}: a listing and one of its models, or no model for a listing without any. */
    private record Row(
            ProviderId provider,
            Instant fetchedAt,
            @Nullable ModelDescriptor model) {}

    /** A listing being read. */
    private record Listing(ProviderId provider, Instant fetchedAt, List<ModelDescriptor> models) {}
}

package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/** How a {@link ModelDescriptor} maps to a row of {@code catalog_model}, and back. */
final class ModelRows {

    /** The columns read, from {@code catalog_model m}. */
    static final String COLUMNS = "m.position, m.model, m.created, m.owned_by, m.capabilities, m.context_window,"
            + " m.max_output_tokens, m.display_name, m.dimensions";

    static final String INSERT = "INSERT INTO catalog_model (provider, position, model, created, owned_by,"
            + " capabilities, context_window, max_output_tokens, display_name, dimensions) VALUES (:provider,"
            + " :position, :model, :created, :ownedBy, :capabilities, :contextWindow, :maxOutputTokens,"
            + " :displayName, :dimensions)";

    private static final System.Logger LOG = System.getLogger(ModelRows.class.getName());
    private static final String SEPARATOR = ",";

    private ModelRows() {}

    /** Binds every parameter of {@link #INSERT} for {@code model}, the {@code position}-th of its listing. */
    static PreparedBatch bind(PreparedBatch batch, int position, ModelDescriptor model) {
        return batch.bind("provider", model.ref().provider().value())
                .bind("position", position)
                .bind("model", model.ref().model())
                .bind("created", model.created())
                .bind("ownedBy", model.ownedBy())
                .bind("capabilities", capabilities(model.capabilities()))
                .bind("contextWindow", model.contextWindow())
                .bind("maxOutputTokens", model.maxOutputTokens())
                .bind("displayName", model.displayName())
                .bind("dimensions", model.dimensions());
    }

    /** The model in the current row, or null when the row is a listing's without models (a left join's nulls). */
    static @Nullable ModelDescriptor read(ResultSet rs, ProviderId provider) throws SQLException {
        var name = rs.getString("model");
        if (name == null) {
            return null;
        }
        return new ModelDescriptor(
                new ModelRef(provider, name),
                rs.getLong("created"),
                rs.getString("owned_by"),
                capabilities(rs.getString("capabilities")),
                rs.getObject("context_window", Integer.class),
                rs.getObject("max_output_tokens", Integer.class),
                rs.getString("display_name"),
                rs.getObject("dimensions", Integer.class));
    }

    /** The names of {@code capabilities} in declaration order, joined by commas; empty for none. */
    static String capabilities(Set<Capability> capabilities) {
        if (capabilities.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(capabilities).stream().map(Capability::name).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * The capabilities named in {@code column}. A name this version does not know, written by a newer node sharing the
     * database, is skipped: the capability reads as unknown rather than failing the whole catalogue.
     */
    static Set<Capability> capabilities(String column) {
        var known = EnumSet.noneOf(Capability.class);
        for (var name : column.split(SEPARATOR, -1)) {
            if (name.isEmpty()) {
                continue;
            }
            if (Arrays.stream(Capability.values()).anyMatch(c -> c.name().equals(name))) {
                known.add(Capability.valueOf(name));
            } else {
                LOG.log(System.Logger.Level.DEBUG, "skipping the unknown capability {0} of a stored model", name);
            }
        }
        return known;
    }
}

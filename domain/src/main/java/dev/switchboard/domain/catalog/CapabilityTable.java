package dev.switchboard.domain.catalog;

import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The capability table shipped with Switchboard ({@code capabilities.csv} next to this class): what is known of
 * well-known models, to fill the facts their providers' model lists leave out. A provider's own facts win: its context
 * window and output limit are kept when it reports them, and its capabilities are kept and only added to.
 */
public final class CapabilityTable {

    /** Bedrock ids carry a region and a vendor before the model's own name: {@code us.anthropic.claude-...}. */
    private static final Pattern BEDROCK_ID = Pattern.compile(
            "(?:[a-z]{2,6}\\.)?(?:anthropic|amazon|meta|cohere|mistral|ai21|deepseek|openai|qwen|writer)\\.(.+)");

    private final List<CapabilityRow> rows;

    public CapabilityTable(List<CapabilityRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with Switchboard. */
    public static CapabilityTable bundled() {
        return parse(DataFile.bundled(CapabilityTable.class, "capabilities.csv"));
    }

    /**
     * Reads the CSV form: {@code pattern,context window,max output tokens,dimensions,capabilities}, capabilities
     * separated by spaces, {@code #} starting a comment line.
     *
     * @throws IllegalArgumentException naming the line of the first mistake
     */
    public static CapabilityTable parse(String csv) {
        return new CapabilityTable(DataFile.rows(csv, "capability table", CapabilityTable::row));
    }

    /** The first row matching the model's name, or its Bedrock name without region and vendor. */
    public Optional<CapabilityRow> lookup(String model) {
        Matcher bedrock = BEDROCK_ID.matcher(model);
        @Nullable String bare = bedrock.matches() ? bedrock.group(1) : null;
        for (CapabilityRow row : rows) {
            if (row.matches(model) || (bare != null && row.matches(bare))) return Optional.of(row);
        }
        return Optional.empty();
    }

    /** The model with the gaps in what its provider reported filled from the table; unchanged when no row matches. */
    public ModelDescriptor fill(ModelDescriptor model) {
        Optional<CapabilityRow> found = lookup(model.ref().model());
        if (found.isEmpty()) return model;
        CapabilityRow row = found.get();
        var capabilities = EnumSet.noneOf(Capability.class);
        capabilities.addAll(model.capabilities());
        capabilities.addAll(row.capabilities());
        return model.withFacts(
                capabilities,
                first(model.contextWindow(), row.contextWindow()),
                first(model.maxOutputTokens(), row.maxOutputTokens()),
                first(model.dimensions(), row.dimensions()));
    }

    public int size() {
        return rows.size();
    }

    private static CapabilityRow row(String text) {
        String[] cells = text.split(",", -1);
        if (cells.length != 5) throw new IllegalArgumentException("expected 5 cells, found " + cells.length);
        var capabilities = EnumSet.noneOf(Capability.class);
        for (String name : cells[4].strip().split("\\s+")) {
            if (name.isEmpty()) continue;
            try {
                capabilities.add(Capability.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown capability '" + name + "'", e);
            }
        }
        return new CapabilityRow(
                cells[0].strip(),
                number(cells[1], "context window"),
                number(cells[2], "max output tokens"),
                number(cells[3], "dimensions"),
                capabilities);
    }

    private static @Nullable Integer number(String cell, String what) {
        String text = cell.strip();
        if (text.isEmpty()) return null;
        try {
            int value = Integer.parseInt(text);
            if (value <= 0) throw new IllegalArgumentException(what + " must be positive");
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a whole number", e);
        }
    }

    private static @Nullable Integer first(@Nullable Integer reported, @Nullable Integer table) {
        return reported != null ? reported : table;
    }
}

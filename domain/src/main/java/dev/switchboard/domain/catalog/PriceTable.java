package dev.switchboard.domain.catalog;

import dev.switchboard.domain.chat.Usage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The price table shipped with Switchboard ({@code prices.csv} next to this class): list prices of well-known models,
 * which give each usage record its cost. The first row whose pattern matches the model's name wins. A model no row
 * matches, or whose row leaves a needed price empty, has no cost: prices are never guessed.
 */
public final class PriceTable {

    private final List<ModelPrice> rows;

    public PriceTable(List<ModelPrice> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with Switchboard. */
    public static PriceTable bundled() {
        return parse(DataFile.bundled(PriceTable.class, "prices.csv"));
    }

    /**
     * Reads the CSV form: {@code pattern,input,output,cached input,max prompt tokens}, prices in US dollars per million
     * tokens, empty for unknown; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the line of the first mistake
     */
    public static PriceTable parse(String csv) {
        return new PriceTable(DataFile.rows(csv, "price table", PriceTable::row));
    }

    /** The first row matching the model's name. */
    public Optional<ModelPrice> lookup(String model) {
        return rows.stream().filter(row -> row.matches(model)).findFirst();
    }

    /** What {@code usage} of {@code model} costs in US dollars; empty when unknown. */
    public Optional<BigDecimal> cost(String model, Usage usage) {
        return lookup(model).flatMap(price -> price.cost(usage));
    }

    public int size() {
        return rows.size();
    }

    private static ModelPrice row(String text) {
        String[] cells = text.split(",", -1);
        if (cells.length != 5) throw new IllegalArgumentException("expected 5 cells, found " + cells.length);
        return new ModelPrice(
                cells[0].strip(),
                price(cells[1], "input price"),
                price(cells[2], "output price"),
                price(cells[3], "cached input price"),
                tokens(cells[4]));
    }

    private static @Nullable BigDecimal price(String cell, String what) {
        String text = cell.strip();
        if (text.isEmpty()) return null;
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number", e);
        }
    }

    private static @Nullable Integer tokens(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) return null;
        try {
            int value = Integer.parseInt(text);
            if (value <= 0) throw new IllegalArgumentException("max prompt tokens must be positive");
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max prompt tokens '" + text + "' is not a whole number", e);
        }
    }
}

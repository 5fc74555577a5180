package dev.switchboard.domain.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The tables shipped as data next to their classes: one row a line, blank lines and {@code #} comments skipped. */
final class DataFile {

    private DataFile() {}

    /** The resource {@code name} beside {@code owner}, as text. */
    static String bundled(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            Objects.requireNonNull(in, name + " is missing from the domain module");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each row of {@code text} read by {@code row}.
     *
     * @throws IllegalArgumentException naming the table and the line of the first mistake
     */
    static <R> List<R> rows(String text, String table, Function<String, R> row) {
        var rows = new ArrayList<R>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) continue;
            try {
                rows.add(row.apply(stripped));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(table + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}

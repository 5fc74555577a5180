package dev.switchboard.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A titled table of text cells, printed with aligned columns; and the number formats the report uses. */
final class Table {

    private final String title;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String title, String... headers) {
        this.title = title;
        rows.add(List.of(headers));
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    Table note(String note) {
        notes.add(note);
        return this;
    }

    void print(PrintStream out) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++)
                widths[i] = Math.max(widths[i], row.get(i).length());
        }
        out.println();
        out.println("== " + title + " ==");
        for (List<String> row : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // The first column is a label: left-aligned; figures are right-aligned.
                line.append(i == 0 ? pad(cell, widths[i], false) : "  " + pad(cell, widths[i], true));
            }
            out.println(line.toString().stripTrailing());
        }
        notes.forEach(note -> out.println("  " + note));
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }

    /** Nanoseconds as milliseconds with three decimals: {@code 0.123}. */
    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    /** A signed difference of nanoseconds, in milliseconds: {@code +0.123}. */
    static String plusMs(long nanos) {
        return String.format(Locale.ROOT, "%+.3f", nanos / 1e6);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    static String ratio(double part, double whole) {
        return whole <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", part / whole);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}

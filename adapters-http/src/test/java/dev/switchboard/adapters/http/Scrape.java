package dev.switchboard.adapters.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text exposition, parsed into samples: name, labels and value, one per line that is no comment. */
record Scrape(List<Sample> samples) {

    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    record Sample(String name, Map<String, String> labels, double value) {}

    static Scrape parse(String text) {
        return new Scrape(text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(Scrape::sample)
                .toList());
    }

    private static Sample sample(String line) {
        Matcher match = LINE.matcher(line);
        if (!match.matches()) throw new AssertionError("not a Prometheus sample line: " + line);
        var labels = new LinkedHashMap<String, String>();
        if (match.group(3) != null) {
            Matcher label = LABEL.matcher(match.group(3));
            while (label.find()) labels.put(label.group(1), label.group(2));
        }
        return new Sample(match.group(1), labels, Double.parseDouble(match.group(4)));
    }

    /** The value of the sample named {@code name} whose labels include {@code labels} (pairs), if exactly one. */
    OptionalDouble value(String name, String... labels) {
        List<Sample> found = matching(name, labels);
        if (found.size() > 1) throw new AssertionError(found.size() + " samples match " + name + " " + List.of(labels));
        return found.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(found.getFirst().value());
    }

    List<Sample> matching(String name, String... labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name))
                .filter(sample -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(sample.labels().get(labels[i]))) return false;
                    }
                    return true;
                })
                .toList();
    }
}

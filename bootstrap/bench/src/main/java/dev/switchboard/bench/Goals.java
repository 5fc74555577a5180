package dev.switchboard.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Issue 11's targets next to this run's figures: met, or missed by how much. */
final class Goals {

    /**
     * One target: the figure must stay at or below {@code limit} (or at or above it, when {@code atLeast}). A
     * {@code difference} (gateway minus direct) below zero means the direct run was the noisier one: inconclusive.
     */
    private record Goal(String name, double actual, double limit, boolean atLeast, boolean difference, String unit) {
        boolean met() {
            if (difference && actual < 0) return false;
            return atLeast ? actual >= limit : actual <= limit;
        }

        String verdict() {
            if (difference && actual < 0) return "inconclusive: negative, the direct run was disturbed more";
            if (met()) return "met";
            double by = Math.abs(actual - limit);
            String factor = limit == 0
                    ? ""
                    : String.format(Locale.ROOT, " (%.1fx)", atLeast ? limit / Math.max(actual, 1e-9) : actual / limit);
            return "MISSED by " + format(by) + " " + unit + factor;
        }
    }

    private final List<Goal> goals = new ArrayList<>();

    void atMost(String name, double actual, double limit, String unit) {
        goals.add(new Goal(name, actual, limit, false, false, unit));
    }

    /** A target on an added cost, gateway minus direct, which must stay at or below {@code limit}. */
    void addedAtMost(String name, double actual, double limit, String unit) {
        goals.add(new Goal(name, actual, limit, false, true, unit));
    }

    void atLeast(String name, double actual, double limit, String unit) {
        goals.add(new Goal(name, actual, limit, true, false, unit));
    }

    void print(PrintStream out) {
        var table = new Table("Targets (issue 11)", "target", "this run", "verdict");
        for (Goal goal : goals) {
            String target = (goal.atLeast() ? ">= " : "<= ") + format(goal.limit()) + " " + goal.unit();
            table.row(goal.name() + " " + target, format(goal.actual()) + " " + goal.unit(), goal.verdict());
        }
        long met = goals.stream().filter(Goal::met).count();
        table.note(met + " of " + goals.size() + " targets met");
        table.print(out);
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) return String.format(Locale.ROOT, "%,.0f", value);
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%,.1f" : "%.3f", value);
    }
}

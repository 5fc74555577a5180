package dev.switchboard.bench.load;

/**
 * Checks one stream's content against what the fake upstream sent: the numbers {@code 0 .. expected-1}, each once,
 * in order. Not thread-safe: one per stream.
 */
final class Sequence {

    private final boolean[] seen;
    private int received;
    private int outOfOrder;
    private int last = -1;
    private boolean done;

    Sequence(int expected) {
        this.seen = new boolean[expected];
    }

    /** Takes one event's content, such as {@code "7 "}; a stream's text may also carry several numbers at once. */
    void accept(String content) {
        for (String token : content.strip().split("\\s+", -1)) {
            if (token.isEmpty()) continue;
            int number = parse(token);
            received++;
            if (number <= last) outOfOrder++;
            last = Math.max(last, number);
            if (number >= 0 && number < seen.length) seen[number] = true;
        }
    }

    /** The stream ended with {@code data: [DONE]}. */
    void done() {
        done = true;
    }

    int received() {
        return received;
    }

    /** Numbers that never arrived. */
    int lost() {
        int lost = 0;
        for (boolean arrived : seen) if (!arrived) lost++;
        return lost;
    }

    /** Numbers that arrived at or below one seen before them: reordered or repeated. */
    int outOfOrder() {
        return outOfOrder;
    }

    boolean complete() {
        return done && lost() == 0 && outOfOrder == 0 && received == seen.length;
    }

    private static int parse(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

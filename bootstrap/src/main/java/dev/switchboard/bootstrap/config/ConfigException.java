package dev.switchboard.bootstrap.config;

import java.util.List;

/**
 * The configuration cannot be used. It carries every problem found, each naming its key ({@code server.port: ...})
 * or environment variable, and never a secret's value, so it is safe to print at start-up.
 */
public final class ConfigException extends RuntimeException {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code key: what is wrong}, in the order they were found. */
    public List<String> problems() {
        return problems;
    }
}

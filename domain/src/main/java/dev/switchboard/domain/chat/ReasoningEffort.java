package dev.switchboard.domain.chat;

import java.util.Arrays;
import java.util.Optional;

/** How much a reasoning model should think, as OpenAI's {@code reasoning_effort} names it. */
public enum ReasoningEffort {
    NONE("none"),
    MINIMAL("minimal"),
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    XHIGH("xhigh");

    private final String wire;

    ReasoningEffort(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ReasoningEffort> fromWire(String value) {
        return Arrays.stream(values())
                .filter(effort -> effort.wire.equals(value))
                .findFirst();
    }
}

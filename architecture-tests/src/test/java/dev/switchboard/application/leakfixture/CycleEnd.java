package dev.switchboard.application.leakfixture;

import dev.switchboard.domain.leakfixture.CycleStart;
import java.util.Optional;

/** ...and the application fixture package needs the domain fixture package back. */
public record CycleEnd(String name) {

    public Optional<CycleStart> back() {
        return Optional.empty();
    }
}

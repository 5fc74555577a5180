package dev.switchboard.domain.leakfixture;

import dev.switchboard.application.leakfixture.CycleEnd;

/** One half of a package cycle: the domain fixture package needs the application fixture package... */
public record CycleStart(CycleEnd end) {}

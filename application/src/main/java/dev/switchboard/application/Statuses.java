package dev.switchboard.application;

import dev.switchboard.domain.rotation.ProfileStatus;

/** A profile status in words, for audit details. */
final class Statuses {

    private Statuses() {}

    static String describe(ProfileStatus status) {
        return switch (status) {
            case ProfileStatus.Active _ -> "active";
            case ProfileStatus.CoolingDown cooling ->
                "cooling down until " + cooling.until() + " (" + cooling.reason() + ")";
            case ProfileStatus.Disabled disabled ->
                "disabled since " + disabled.since() + " (" + disabled.reason() + ")";
        };
    }
}

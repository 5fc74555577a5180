package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;

/** The rules for the fields an operator sets on a profile, each refusal naming its field. */
final class ProfileFields {

    static final int MAX_NAME = 100;
    static final int MAX_REASON = 500;

    private ProfileFields() {}

    static String name(String name) {
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw AdminException.invalid("name", "name must be 1-" + MAX_NAME + " characters and not blank");
        }
        return name;
    }

    static int weight(int weight) {
        if (weight < 1 || weight > AuthProfile.MAX_WEIGHT) {
            throw AdminException.invalid("weight", "weight must be between 1 and " + AuthProfile.MAX_WEIGHT);
        }
        return weight;
    }

    static int priority(int priority) {
        if (priority < 0 || priority > AuthProfile.MAX_PRIORITY) {
            throw AdminException.invalid("priority", "priority must be between 0 and " + AuthProfile.MAX_PRIORITY);
        }
        return priority;
    }

    static String reason(String reason) {
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw AdminException.invalid("reason", "reason must be 1-" + MAX_REASON + " characters and not blank");
        }
        return reason;
    }
}

package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProfileStatus} as the columns of {@code rotation_state} hold it: a name, and the parts of the status that
 * has them (the schema checks which parts go with which name).
 *
 * @param name {@code active}, {@code cooling_down} or {@code disabled}
 * @param until the end of a cooldown
 * @param reason why the profile cools down or is disabled
 * @param since when it was disabled
 */
record StatusColumns(
        String name,
        @Nullable Instant until,
        @Nullable String reason,
        @Nullable Instant since) {

    static final String ACTIVE = "active";
    static final String COOLING_DOWN = "cooling_down";
    static final String DISABLED = "disabled";

    /** The columns of {@code status}, instants cut to microseconds. */
    static StatusColumns of(ProfileStatus status) {
        return switch (status) {
            case ProfileStatus.Active _ -> new StatusColumns(ACTIVE, null, null, null);
            case CoolingDown cooling ->
                new StatusColumns(COOLING_DOWN, Columns.micros(cooling.until()), cooling.reason(), null);
            case Disabled disabled ->
                new StatusColumns(DISABLED, null, disabled.reason(), Columns.micros(disabled.since()));
        };
    }

    /**
     * The status these columns hold.
     *
     * @throws IllegalStateException when the name is none this class writes
     */
    ProfileStatus status() {
        return switch (name) {
            case ACTIVE -> ProfileStatus.active();
            case COOLING_DOWN -> new CoolingDown(Objects.requireNonNull(until, "status_until"), requiredReason());
            case DISABLED -> new Disabled(requiredReason(), Objects.requireNonNull(since, "status_since"));
            default -> throw new IllegalStateException("the database holds an unknown rotation status: " + name);
        };
    }

    private String requiredReason() {
        return Objects.requireNonNull(reason, "status_reason");
    }
}

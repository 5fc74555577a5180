package dev.switchboard.domain.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * One change an operator made through the admin API: who, what, to what, when.
 *
 * @param at when the change was made
 * @param actor who made it: the admin key's name or fingerprint, never the key itself (1-200 characters)
 * @param action what was done, as a stable snake-case verb such as {@code profile_disabled} (1-64 characters)
 * @param target what it was done to, such as a provider and profile id (1-200 characters)
 * @param detail anything else worth keeping, never a secret; empty when nothing (at most 2000 characters)
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) {

    /** The longest detail accepted. */
    public static final int MAX_DETAIL = 2000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        check(actor, 200, "actor");
        check(action, 64, "action");
        check(target, 200, "target");
        Objects.requireNonNull(detail, "detail");
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("detail must be at most " + MAX_DETAIL + " characters");
        }
    }

    private static void check(String value, int max, String field) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + " must be 1-" + max + " characters");
        }
    }
}

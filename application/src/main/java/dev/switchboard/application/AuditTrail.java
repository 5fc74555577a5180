package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.model.ProviderId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * What follows every admin change: an entry in the audit log (who, what, to what, when), a log line, and word to
 * whoever keeps the provider's profiles in memory so that rotation sees the change at once.
 */
final class AuditTrail {

    private static final System.Logger LOG = System.getLogger(AuditTrail.class.getName());

    private final AuditLog log;
    private final Consumer<ProviderId> onChange;
    private final Clock clock;

    AuditTrail(AuditLog log, Consumer<ProviderId> onChange, Clock clock) {
        this.log = log;
        this.onChange = onChange;
        this.clock = clock;
    }

    /** Now, to the millisecond, which every store keeps exactly. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Records that {@code actor} did {@code action} to {@code profile}, then tells the listener.
     *
     * @param detail anything else worth keeping, never a secret; cut to {@value AuditEntry#MAX_DETAIL} characters
     */
    void record(String actor, String action, AuthProfile profile, String detail) {
        String target = profile.provider() + "/" + profile.name();
        String kept = detail.length() > AuditEntry.MAX_DETAIL ? detail.substring(0, AuditEntry.MAX_DETAIL) : detail;
        log.record(new AuditEntry(now(), actor, action, target, kept));
        LOG.log(Level.INFO, "admin change by {0}: {1} {2}", actor, action, target);
        onChange.accept(profile.provider());
    }

    /** The fingerprint of the profile's secret, for a detail; {@code none} without one. */
    static String key(AuthProfile profile) {
        var secret = profile.secret();
        return secret == null ? "none" : secret.fingerprint();
    }
}

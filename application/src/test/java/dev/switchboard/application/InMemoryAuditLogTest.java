package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.fixtures.AuditLogContract;
import org.junit.jupiter.api.Test;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog log() {
        return new InMemoryAuditLog();
    }

    @Test
    void keeps_only_the_newest_entries_beyond_its_capacity() {
        var log = new InMemoryAuditLog(3);
        var entries = entries(5);

        entries.forEach(log::record);

        assertThat(log.recent(10, null)).containsExactly(entries.get(4), entries.get(3), entries.get(2));
    }

    @Test
    void forgets_the_oldest_by_instant_not_by_recording_order() {
        var log = new InMemoryAuditLog(2);
        var entries = entries(3);

        log.record(entries.get(2));
        log.record(entries.get(0));
        log.record(entries.get(1));

        assertThat(log.recent(10, null)).containsExactly(entries.get(2), entries.get(1));
    }

    @Test
    void keeps_the_ten_thousand_newest_entries_by_default() {
        var log = new InMemoryAuditLog();
        var entries = entries(10_001);

        entries.forEach(log::record);

        var kept = log.recent(20_000, null);
        assertThat(kept).hasSize(10_000).startsWith(entries.getLast()).endsWith(entries.get(1));
    }

    @Test
    void needs_room_for_one_entry() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryAuditLog(0));
    }
}

package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixtures.UsageLedgerContract;
import dev.switchboard.domain.usage.UsageLedger;
import dev.switchboard.domain.usage.UsageQuery;
import dev.switchboard.domain.usage.UsageRecord;
import dev.switchboard.domain.usage.UsageTotal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UsageQueueTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final InMemoryUsageLedger ledger = new InMemoryUsageLedger();

    @Test
    void loses_no_record_added_by_fifty_threads_while_flushes_run() throws Exception {
        var queue = new UsageQueue(ledger);
        var start = new CyclicBarrier(51);
        var done = new AtomicBoolean();
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 50; t++) {
            int thread = t;
            threads.add(Thread.ofVirtual().start(() -> {
                await(start);
                for (int i = 0; i < 200; i++) queue.add(record(thread * 200 + i));
            }));
        }
        Thread flusher = Thread.ofVirtual().start(() -> {
            await(start);
            while (!done.get()) queue.flush();
        });
        for (Thread thread : threads) thread.join();
        done.set(true);
        flusher.join();
        queue.flush();

        List<UsageRecord> written = ledger.records(T0, T0.plusSeconds(60), 20_000);
        assertThat(written).hasSize(10_000);
        Set<String> ids = new HashSet<>();
        written.forEach(r -> ids.add(r.requestId()));
        assertThat(ids).hasSize(10_000);
        assertThat(queue.dropped()).isZero();
    }

    @Test
    void never_blocks_a_request_while_the_ledger_is_stuck_and_drops_the_oldest_when_full() throws Exception {
        var stuck = new CountDownLatch(1);
        var entered = new CountDownLatch(1);
        UsageLedger slow = new SlowLedger(ledger, entered, stuck);
        var queue = new UsageQueue(slow, 100);
        queue.add(record(-1));
        Thread flusher = Thread.ofVirtual().start(queue::flush);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        for (int i = 0; i < 1000; i++) queue.add(record(i));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(queue.size()).isEqualTo(100);
        assertThat(queue.dropped()).isEqualTo(900);
        stuck.countDown();
        flusher.join();
        queue.flush();
        assertThat(queue.dropped()).isZero();
        assertThat(queue.droppedEver()).as("the metric's count is never reset").isEqualTo(900);
        var kept = ledger.records(T0.minusSeconds(1), T0.plusSeconds(60), 1000);
        assertThat(kept).hasSize(101);
        assertThat(kept.getLast().requestId()).isEqualTo("r-999");
        assertThat(kept.get(1).requestId()).isEqualTo("r-900");
    }

    @Test
    void keeps_a_batch_the_ledger_refused_for_the_next_flush() {
        var failures = new AtomicInteger(1);
        UsageLedger flaky = new UsageLedger() {
            @Override
            public void append(List<UsageRecord> records) {
                if (failures.getAndDecrement() > 0) throw new IllegalStateException("database down");
                ledger.append(records);
            }

            @Override
            public List<UsageRecord> records(Instant from, Instant to, int limit) {
                return ledger.records(from, to, limit);
            }

            @Override
            public List<UsageTotal> totals(UsageQuery query) {
                return ledger.totals(query);
            }
        };
        var queue = new UsageQueue(flaky);
        queue.add(record(1));
        queue.add(record(2));

        assertThat(queue.flush()).isZero();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.flush()).isEqualTo(2);
        assertThat(ledger.records(T0, T0.plusSeconds(60), 10)).hasSize(2);
    }

    @Test
    void writes_in_batches_of_a_thousand() {
        var sizes = new ArrayList<Integer>();
        UsageLedger counting = new SlowLedger(ledger, new CountDownLatch(0), new CountDownLatch(0)) {
            @Override
            public void append(List<UsageRecord> records) {
                sizes.add(records.size());
                super.append(records);
            }
        };
        var queue = new UsageQueue(counting);
        for (int i = 0; i < 2500; i++) queue.add(record(i));

        assertThat(queue.flush()).isEqualTo(2500);
        assertThat(sizes).containsExactly(1000, 1000, 500);
    }

    private static UsageRecord record(int n) {
        var base = UsageLedgerContract.record(T0.plusMillis(n + 1), "k", "openai", "gpt-4o", 1, 1);
        return new UsageRecord(
                base.at(),
                "r-" + n,
                base.client(),
                base.provider(),
                base.model(),
                base.profile(),
                base.endpoint(),
                base.streaming(),
                base.status(),
                base.failure(),
                base.usage(),
                base.latency(),
                base.timeToFirstToken(),
                base.overhead(),
                base.cost());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ledger whose writes wait for {@code release}, telling {@code entered} when one began. */
    private static class SlowLedger implements UsageLedger {
        private final UsageLedger inner;
        private final CountDownLatch entered;
        private final CountDownLatch release;

        SlowLedger(UsageLedger inner, CountDownLatch entered, CountDownLatch release) {
            this.inner = inner;
            this.entered = entered;
            this.release = release;
        }

        @Override
        public void append(List<UsageRecord> records) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inner.append(records);
        }

        @Override
        public List<UsageRecord> records(Instant from, Instant to, int limit) {
            return inner.records(from, to, limit);
        }

        @Override
        public List<UsageTotal> totals(UsageQuery query) {
            return inner.totals(query);
        }
    }
}

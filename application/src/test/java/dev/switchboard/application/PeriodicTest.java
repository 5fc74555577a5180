package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTest {

    @Test
    void runs_the_task_again_and_again_until_closed() throws InterruptedException {
        var runs = new AtomicInteger();
        var three = new CountDownLatch(3);
        var periodic = new Periodic("test-task", Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            three.countDown();
        });

        periodic.start();
        assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
        periodic.close();
        int closedAt = runs.get();
        Thread.sleep(50);

        assertThat(runs.get()).isEqualTo(closedAt);
    }

    @Test
    void a_failing_run_does_not_stop_the_next() throws InterruptedException {
        var two = new CountDownLatch(2);
        try (var periodic = new Periodic("failing-task", Duration.ofMillis(5), () -> {
            two.countDown();
            throw new IllegalStateException("database is down");
        })) {
            periodic.start();

            assertThat(two.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_zero_interval_never_runs_and_closes_at_once() throws InterruptedException {
        var runs = new AtomicInteger();
        var periodic = new Periodic("disabled-task", Duration.ZERO, runs::incrementAndGet);

        periodic.start();
        Thread.sleep(20);
        periodic.close();

        assertThat(runs.get()).isZero();
    }

    @Test
    void run_once_runs_the_task_here_and_swallows_its_failure() {
        var runs = new AtomicInteger();
        var periodic = new Periodic("manual-task", Duration.ofHours(1), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        });

        periodic.runOnce();

        assertThat(runs.get()).isEqualTo(1);
        periodic.close();
    }

    @Test
    void closing_waits_for_the_run_in_progress_without_interrupting_it() throws InterruptedException {
        var started = new CountDownLatch(1);
        var interrupted = new AtomicInteger();
        var finished = new AtomicInteger();
        var periodic = new Periodic("slow-task", Duration.ofMillis(1), () -> {
            started.countDown();
            long end = System.nanoTime() + Duration.ofMillis(100).toNanos();
            while (System.nanoTime() < end) {
                if (Thread.currentThread().isInterrupted()) interrupted.incrementAndGet();
            }
            finished.incrementAndGet();
        });
        periodic.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        periodic.close();

        assertThat(finished.get()).isGreaterThanOrEqualTo(1);
        assertThat(interrupted.get()).isZero();
    }
}

package dev.switchboard.bench;

/** Samples a process's resident memory every 100 ms while open, and keeps the highest value. */
final class PeakRss implements AutoCloseable {

    private final ProcessProbe probe;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    PeakRss(ProcessProbe probe) {
        this.probe = probe;
        this.peak = probe.rssBytes();
        this.sampler = Thread.ofVirtual().name("rss-sampler").start(this::sample);
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(100);
                peak = Math.max(peak, probe.rssBytes());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                return; // the process went away; the caller notices on its own
            }
        }
    }

    /** The highest resident memory seen so far, in bytes. */
    long peak() {
        return peak;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

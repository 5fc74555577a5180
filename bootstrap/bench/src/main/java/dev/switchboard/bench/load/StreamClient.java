package dev.switchboard.bench.load;

import dev.switchboard.bench.upstream.StreamSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Streaming load: sends chat completions with {@code "stream":true} for a paced model, and checks every stream's
 * chunks. The time to the first chunk counts from just before the request is written; a gap is the time between two
 * content chunks arriving, as the client's reads see it.
 */
public final class StreamClient {

    private static final String CONTENT = "\"content\":\"";

    /** What every stream of one run shares. */
    private record Run(Target target, StreamSpec spec, Latencies firstChunk, Latencies gaps, StreamTally tally) {
        /** Built per stream: a few hundred bytes, cheaper than a record holding a mutable array. */
        byte[] request() {
            return target.chatRequest(spec.model(), true);
        }
    }

    private StreamClient() {}

    /** {@code streams} streams over {@code concurrency} kept-alive connections, recording first chunks and gaps. */
    public static void sequential(
            Target target,
            StreamSpec spec,
            int streams,
            int concurrency,
            Latencies firstChunk,
            Latencies gaps,
            StreamTally tally) {
        var run = new Run(target, spec, firstChunk, gaps, tally);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < concurrency; worker++) {
                int share = streams / concurrency + (worker < streams % concurrency ? 1 : 0);
                executor.execute(() -> worker(run, share));
            }
        }
    }

    /** {@code streams} streams at once, each on its own connection; returns when all have ended. */
    public static void concurrent(Target target, StreamSpec spec, int streams, StreamTally tally) {
        var ignored = new Latencies(0);
        var run = new Run(target, spec, ignored, ignored, tally);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < streams; i++) executor.execute(() -> worker(run, 1));
        }
    }

    private static void worker(Run run, int streams) {
        HttpConnection connection = null;
        for (int i = 0; i < streams; i++) {
            try {
                if (connection == null) connection = HttpConnection.open(run.target());
                one(connection, run);
            } catch (IOException | RuntimeException e) {
                run.tally().failed();
                if (connection != null) connection.close();
                connection = null;
            }
        }
        if (connection != null) connection.close();
    }

    private static void one(HttpConnection connection, Run run) throws IOException {
        StreamTally tally = run.tally();
        tally.started();
        var sequence = new Sequence(run.spec().chunks());
        long sent = System.nanoTime();
        connection.send(run.request());
        HttpConnection.Head head = connection.readHead();
        if (head.status() != 200) {
            connection.skipBody(head);
            tally.finished(sequence);
            throw new IOException("status " + head.status());
        }
        tally.opened();
        try {
            read(connection.body(head), sequence, sent, run);
        } finally {
            tally.closed();
            tally.finished(sequence);
        }
    }

    private static void read(InputStream body, Sequence sequence, long sent, Run run) throws IOException {
        long last = -1;
        for (String line = HttpConnection.Lines.read(body); line != null; line = HttpConnection.Lines.read(body)) {
            if (!line.startsWith("data:")) continue;
            String data = line.substring(5).strip();
            if (data.equals("[DONE]")) {
                sequence.done();
                continue;
            }
            String content = content(data);
            if (content == null || content.isBlank()) continue;
            long now = System.nanoTime();
            if (last < 0) run.firstChunk().record(now - sent);
            else run.gaps().record(now - last);
            last = now;
            sequence.accept(content);
        }
    }

    /** The delta's text in a chunk, found by a scan: the fake upstream's text needs no JSON unescaping. */
    static @Nullable String content(String data) {
        int at = data.indexOf(CONTENT);
        if (at < 0) return null;
        int end = data.indexOf('"', at + CONTENT.length());
        return end < 0 ? null : data.substring(at + CONTENT.length(), end);
    }
}

package dev.switchboard.bench.upstream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * One client connection of the fake upstream: reads requests, answers them in order (HTTP/1.1 keep-alive), and
 * paces a stream's events through the {@link Pacer}. Used by the event loop's single thread only.
 */
final class UpstreamConnection {

    /** A stream being sent: the next sequence number and when event 0 went out. */
    private record Streaming(String model, StreamSpec spec, int next, long start) {}

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Pacer pacer;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private ByteBuffer in = ByteBuffer.allocate(8 * 1024);
    private @Nullable Streaming streaming;
    private boolean closed;

    UpstreamConnection(SocketChannel channel, SelectionKey key, Pacer pacer) {
        this.channel = channel;
        this.key = key;
        this.pacer = pacer;
    }

    void readable() {
        try {
            if (!in.hasRemaining()) in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            if (channel.read(in) < 0) close();
            else serveBuffered();
        } catch (IOException e) {
            close();
        }
    }

    void writable() {
        try {
            while (!pending.isEmpty()) {
                channel.write(pending.peek());
                if (pending.peek().hasRemaining()) return;
                pending.poll();
            }
            key.interestOps(SelectionKey.OP_READ);
        } catch (IOException e) {
            close();
        }
    }

    /** Sends the stream's next event, and schedules the one after or ends the stream. */
    void tick(long now) {
        Streaming current = streaming;
        if (closed || current == null) return;
        send(Replies.chunk(current.model(), current.next()));
        int next = current.next() + 1;
        if (next < current.spec().chunks()) {
            streaming = new Streaming(current.model(), current.spec(), next, current.start());
            pacer.at(current.start() + next * 1_000_000L * current.spec().gapMillis(), this);
            return;
        }
        send(Replies.end(current.model()));
        streaming = null;
        serveBuffered();
    }

    private void serveBuffered() {
        in.flip();
        try {
            while (streaming == null && !closed) {
                Request request = Request.next(in);
                if (request == null) break;
                answer(request);
            }
        } catch (IllegalArgumentException e) {
            send(Replies.error(400, "Bad Request", "the bench upstream cannot read this request"));
            close();
        }
        in.compact();
    }

    private void answer(Request request) {
        switch (request.method() + " " + request.path()) {
            case "GET /v1/models" -> send(Replies.models());
            case "POST /v1/chat/completions" -> complete(request);
            default -> send(Replies.error(404, "Not Found", "the bench upstream serves no such route"));
        }
    }

    private void complete(Request request) {
        String model = request.stringField("model", "bench-echo");
        if (!request.flag("stream")) {
            send(Replies.completion(model));
            return;
        }
        send(Replies.streamHead());
        long start = System.nanoTime();
        streaming = new Streaming(model, StreamSpec.of(model), 0, start);
        // Event 0 goes out as soon as the loop has handled this batch of I/O (ticking here would recurse).
        pacer.at(start, this);
    }

    private void send(ByteBuffer bytes) {
        if (closed) return;
        if (pending.isEmpty()) {
            try {
                channel.write(bytes);
            } catch (IOException e) {
                close();
                return;
            }
            if (!bytes.hasRemaining()) return;
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
        pending.add(bytes);
    }

    void close() {
        if (closed) return;
        closed = true;
        streaming = null;
        pending.clear();
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // Already gone: nothing is left to free.
        }
    }
}

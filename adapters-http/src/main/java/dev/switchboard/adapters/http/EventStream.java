package dev.switchboard.adapters.http;

import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.openai.wire.ChunkWriter;
import dev.switchboard.openai.wire.TranscriptionEventWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link ChatStream} or a {@link TranscriptionStream} as server-sent events, by hand, whatever the client's
 * {@code Accept} header (the OpenAI SDKs send {@code application/json}). Nothing is committed until the first event
 * that gives the client something (a chat's {@code Started} does not) has arrived, so a failure before it is still an
 * ordinary JSON error with its status. After that a failure becomes a final {@code data: {"error":...}} event and the
 * stream ends without {@code [DONE]}. A chat stream ends in {@code data: [DONE]}; a transcription ends after its done
 * event, as OpenAI's does. Every event is flushed at once; a client that goes away makes the write throw, and the
 * stream is closed at once, which frees the upstream call.
 */
final class EventStream {

    private static final System.Logger LOG = System.getLogger(EventStream.class.getName());

    private EventStream() {}

    /** Sends a chat or completion {@code stream} to the client and closes it, whatever happens. */
    static void send(Context ctx, ChatStream stream, ChunkWriter writer) {
        try (stream) {
            send(ctx, stream.iterator(), writer::write, List.of(ChunkWriter.DONE));
        }
    }

    /** Sends a streamed transcription to the client and closes it, whatever happens. */
    static void send(Context ctx, TranscriptionStream stream) {
        try (stream) {
            send(ctx, stream.iterator(), event -> List.of(TranscriptionEventWriter.write(event)), List.of());
        }
    }

    private static <E> void send(Context ctx, Iterator<E> events, Function<E, List<byte[]>> writer, List<byte[]> end) {
        List<byte[]> first = untilFirstChunk(events, writer);
        OutputStream out = open(ctx);
        try {
            write(out, first);
            relay(ctx, events, writer, out, end);
        } catch (IOException clientGone) {
            LOG.log(Level.DEBUG, "request {0}: the client went away mid-stream", RequestIds.of(ctx));
        }
    }

    /** Reads events until one gives the client something; failures here still propagate as ordinary errors. */
    private static <E> List<byte[]> untilFirstChunk(Iterator<E> events, Function<E, List<byte[]>> writer) {
        var chunks = new ArrayList<byte[]>();
        while (chunks.isEmpty() && events.hasNext()) chunks.addAll(writer.apply(events.next()));
        return chunks;
    }

    private static OutputStream open(Context ctx) {
        ctx.status(200);
        ctx.header("Content-Type", "text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        try {
            return ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new IllegalStateException("the response stream could not be opened", e);
        }
    }

    private static <E> void relay(
            Context ctx, Iterator<E> events, Function<E, List<byte[]>> writer, OutputStream out, List<byte[]> end)
            throws IOException {
        try {
            while (events.hasNext()) write(out, writer.apply(events.next()));
        } catch (RuntimeException failure) {
            var answer = ErrorResponses.answer(failure, ctx.method().name(), ctx.path(), RequestIds.of(ctx));
            write(out, List.of(answer.body().toEvent()));
            return;
        }
        write(out, end);
    }

    private static void write(OutputStream out, List<byte[]> chunks) throws IOException {
        if (chunks.isEmpty()) return;
        for (byte[] chunk : chunks) out.write(chunk);
        out.flush();
    }
}

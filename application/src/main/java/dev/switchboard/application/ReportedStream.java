package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * An open upstream stream that tells {@code report} about the first failure thrown while reading it, then throws the
 * failure on unchanged. Read by one thread, like the stream it wraps.
 */
final class ReportedStream implements ChatStream {

    private final ChatStream upstream;
    private final Consumer<ProviderFailure> report;
    private boolean reported;

    ReportedStream(ChatStream upstream, Consumer<ProviderFailure> report) {
        this.upstream = upstream;
        this.report = report;
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        Iterator<ChatEvent> events = upstream.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return events.hasNext();
                } catch (ProviderException e) {
                    throw reported(e);
                }
            }

            @Override
            public ChatEvent next() {
                try {
                    return events.next();
                } catch (ProviderException e) {
                    throw reported(e);
                }
            }
        };
    }

    private ProviderException reported(ProviderException failure) {
        if (!reported) {
            reported = true;
            report.accept(failure.failure());
        }
        return failure;
    }

    @Override
    public void close() {
        upstream.close();
    }
}

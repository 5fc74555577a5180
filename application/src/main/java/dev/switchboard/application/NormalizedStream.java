package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.normalize.Normalizer;
import dev.switchboard.domain.normalize.UsageDefaults;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A provider's stream in the shape every caller can rely on: exactly one {@link ChatEvent.Started} first, with an id in
 * OpenAI's style, and exactly one {@link ChatEvent.UsageReported} last, estimated when the provider reported none
 * (providers such as Anthropic report usage before their last event; it is held back until the end). Used by one
 * thread, like the stream it wraps; {@link #close()} may come from another and ends the events at once.
 */
final class NormalizedStream implements ChatStream {

    private final ChatStream upstream;
    private final Function<@Nullable String, String> ids;
    private final String model;
    private final int promptCharacters;
    private final ArrayDeque<ChatEvent> pending = new ArrayDeque<>(2);
    private @Nullable Iterator<ChatEvent> events;
    private @Nullable Usage usage;
    private boolean started;
    private boolean ended;
    private volatile boolean closed;
    private int completionCharacters;

    NormalizedStream(ChatStream upstream, Function<@Nullable String, String> ids, String model, int promptCharacters) {
        this.upstream = upstream;
        this.ids = ids;
        this.model = model;
        this.promptCharacters = promptCharacters;
    }

    static NormalizedStream chat(ChatStream upstream, Normalizer normalizer, String model, int promptCharacters) {
        return new NormalizedStream(upstream, normalizer::chatId, model, promptCharacters);
    }

    static NormalizedStream text(ChatStream upstream, Normalizer normalizer, String model, int promptCharacters) {
        return new NormalizedStream(upstream, normalizer::completionId, model, promptCharacters);
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        if (events != null) throw new IllegalStateException("a ChatStream is single use");
        events = upstream.iterator();
        Iterator<ChatEvent> source = events;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (closed) return false;
                fill(source);
                return !pending.isEmpty();
            }

            @Override
            public ChatEvent next() {
                if (!hasNext()) throw new NoSuchElementException();
                return pending.removeFirst();
            }
        };
    }

    private void fill(Iterator<ChatEvent> source) {
        while (pending.isEmpty() && !ended) {
            if (!source.hasNext()) {
                start(null, model);
                pending.addLast(new ChatEvent.UsageReported(finalUsage()));
                ended = true;
                return;
            }
            accept(source.next());
        }
    }

    private void accept(ChatEvent event) {
        switch (event) {
            case ChatEvent.Started s -> start(s.id(), s.model());
            case ChatEvent.UsageReported u -> usage = u.usage();
            case ChatEvent.TextDelta d -> forward(event, d.text().length());
            case ChatEvent.ReasoningDelta d -> forward(event, d.text().length());
            case ChatEvent.RefusalDelta d -> forward(event, d.text().length());
            case ChatEvent.ToolCallDelta d -> forward(event, d.argumentsPart().length());
            case ChatEvent.Logprobs l -> forward(event, 0);
            case ChatEvent.Finished f -> forward(event, 0);
        }
    }

    private void start(@Nullable String upstreamId, String upstreamModel) {
        if (started) return;
        started = true;
        pending.addLast(new ChatEvent.Started(ids.apply(upstreamId), upstreamModel));
    }

    private void forward(ChatEvent event, int characters) {
        start(null, model);
        completionCharacters += characters;
        pending.addLast(event);
    }

    /**
     * The usage known so far: the provider's report, else an estimate of the prompt and of the events read; for a
     * stream closed before its end.
     */
    Usage usageSoFar() {
        return finalUsage();
    }

    private Usage finalUsage() {
        if (usage != null && usage.totalTokens() > 0) return usage;
        return new Usage(
                UsageDefaults.estimate(promptCharacters), UsageDefaults.estimate(completionCharacters), 0, 0, true);
    }

    @Override
    public void close() {
        closed = true;
        upstream.close();
    }
}

package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ReasoningBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockDelta;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockDeltaEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockStartEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockStopEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamMetadataEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamOutput;
import software.amazon.awssdk.services.bedrockruntime.model.MessageStartEvent;
import software.amazon.awssdk.services.bedrockruntime.model.MessageStopEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlockDelta;

/**
 * Turns the events of one {@code ConverseStream} into domain events as they arrive
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html">ConverseStream</a>):
 * {@code messageStart} is {@code Started}; {@code contentBlockStart} opens a tool call (its index, id and name come
 * first); {@code contentBlockDelta} carries text, tool input fragments and reasoning (text, signature or redacted
 * bytes); a reasoning block's {@code contentBlockStop} carries the whole block with its signature; {@code messageStop}
 * is the finish and {@code metadata}, after it, the usage. Text and reasoning blocks have no start event: their first
 * delta opens them. One decoder serves one stream on one thread.
 */
final class BedrockStreamDecoder {

    /** A reasoning block being streamed. */
    private static final class Reasoning {
        final StringBuilder text = new StringBuilder();

        @Nullable
        String signature;
    }

    private final String model;
    private final Map<Integer, Integer> toolIndexes = new HashMap<>();
    private final Map<Integer, Reasoning> reasoning = new HashMap<>();
    private boolean finished;
    private boolean done;

    BedrockStreamDecoder(String model) {
        this.model = model;
    }

    List<ChatEvent> decode(ConverseStreamOutput event) {
        return switch (event) {
            case ContentBlockStartEvent start -> start(start);
            case ContentBlockDeltaEvent delta -> delta(index(delta.contentBlockIndex()), delta.delta());
            case ContentBlockStopEvent stop -> stop(index(stop.contentBlockIndex()));
            case MessageStopEvent stop -> {
                finished = true;
                yield List.of(new ChatEvent.Finished(0, BedrockResponses.finishReason(stop.stopReasonAsString())));
            }
            case ConverseStreamMetadataEvent metadata -> {
                done = true;
                yield List.of(new ChatEvent.UsageReported(BedrockResponses.usage(metadata.usage())));
            }
            case MessageStartEvent start -> List.of(new ChatEvent.Started("", model));
            default -> List.of();
        };
    }

    /** True once the message stopped: what comes after it is only usage. */
    boolean finished() {
        return finished;
    }

    /** True once the last event, the usage, was read. */
    boolean done() {
        return done;
    }

    private List<ChatEvent> start(ContentBlockStartEvent event) {
        if (event.start() == null || event.start().toolUse() == null) return List.of();
        int tool = toolIndexes.size();
        toolIndexes.put(index(event.contentBlockIndex()), tool);
        var use = event.start().toolUse();
        return List.of(new ChatEvent.ToolCallDelta(0, tool, use.toolUseId(), use.name(), ""));
    }

    private List<ChatEvent> delta(int index, @Nullable ContentBlockDelta delta) {
        if (delta == null) return List.of();
        if (delta.text() != null)
            return delta.text().isEmpty() ? List.of() : List.of(new ChatEvent.TextDelta(0, delta.text()));
        if (delta.toolUse() != null && toolIndexes.containsKey(index)) {
            String part = delta.toolUse().input() == null ? "" : delta.toolUse().input();
            return part.isEmpty()
                    ? List.of()
                    : List.of(new ChatEvent.ToolCallDelta(0, toolIndexes.get(index), null, null, part));
        }
        if (delta.reasoningContent() != null) return reasoning(index, delta.reasoningContent());
        return List.of();
    }

    private List<ChatEvent> reasoning(int index, ReasoningContentBlockDelta delta) {
        if (delta.redactedContent() != null) {
            ReasoningBlock redacted =
                    BedrockResponses.redacted(delta.redactedContent().asByteArray());
            return redacted == null ? List.of() : List.of(ChatEvent.ReasoningDelta.ended(0, redacted));
        }
        Reasoning block = reasoning.computeIfAbsent(index, i -> new Reasoning());
        if (delta.signature() != null) block.signature = delta.signature();
        if (delta.text() == null || delta.text().isEmpty()) return List.of();
        block.text.append(delta.text());
        return List.of(new ChatEvent.ReasoningDelta(0, delta.text()));
    }

    private List<ChatEvent> stop(int index) {
        Reasoning block = reasoning.remove(index);
        if (block == null) return List.of();
        return List.of(
                ChatEvent.ReasoningDelta.ended(0, new ReasoningBlock.Thinking(block.text.toString(), block.signature)));
    }

    private static int index(@Nullable Integer index) {
        return index == null ? 0 : index;
    }
}

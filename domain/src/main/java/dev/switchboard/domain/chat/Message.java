package dev.switchboard.domain.chat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One message of a conversation; the roles are those of the OpenAI chat schema. */
public sealed interface Message {

    /** The role's name in the OpenAI schema. */
    String role();

    /** The message's text parts joined, without images or audio. */
    String text();

    /** Instructions from the application (the older name of {@link DeveloperMessage}). */
    record SystemMessage(
            List<ContentPart> content, @Nullable String name) implements Message {
        public SystemMessage {
            content = List.copyOf(content);
        }

        @Override
        public String role() {
            return "system";
        }

        @Override
        public String text() {
            return joined(content);
        }
    }

    /** Instructions from the developer; providers without the role treat it as a system message. */
    record DeveloperMessage(
            List<ContentPart> content, @Nullable String name) implements Message {
        public DeveloperMessage {
            content = List.copyOf(content);
        }

        @Override
        public String role() {
            return "developer";
        }

        @Override
        public String text() {
            return joined(content);
        }
    }

    /** What the user said: text, images, audio. */
    record UserMessage(List<ContentPart> content, @Nullable String name) implements Message {
        public UserMessage {
            content = List.copyOf(content);
        }

        @Override
        public String role() {
            return "user";
        }

        @Override
        public String text() {
            return joined(content);
        }
    }

    /**
     * What the model said earlier, sent back as context, or its answer in a response.
     *
     * @param content the text, or null when the turn holds only tool calls or a refusal
     * @param refusal the model's refusal, when it refused
     * @param reasoning the model's reasoning text, when the provider exposes it
     * @param reasoningBlocks the model's reasoning as whole blocks with their signatures, in order, for providers that
     *     need them sent back unchanged (Anthropic's thinking blocks); empty when there are none
     */
    record AssistantMessage(
            @Nullable String content,
            @Nullable String refusal,
            List<ToolCall> toolCalls,
            @Nullable String reasoning,
            @Nullable String name,
            List<ReasoningBlock> reasoningBlocks)
            implements Message {
        public AssistantMessage {
            toolCalls = List.copyOf(toolCalls);
            reasoningBlocks = List.copyOf(reasoningBlocks);
        }

        /** A turn without reasoning blocks. */
        public AssistantMessage(
                @Nullable String content,
                @Nullable String refusal,
                List<ToolCall> toolCalls,
                @Nullable String reasoning,
                @Nullable String name) {
            this(content, refusal, toolCalls, reasoning, name, List.of());
        }

        /** The same turn with other text, reasoning blocks and all else kept. */
        public AssistantMessage withContent(@Nullable String text) {
            return new AssistantMessage(text, refusal, toolCalls, reasoning, name, reasoningBlocks);
        }

        @Override
        public String role() {
            return "assistant";
        }

        @Override
        public String text() {
            return content == null ? "" : content;
        }
    }

    /** The result of a tool call, answering the call with id {@code toolCallId}. */
    record ToolMessage(String toolCallId, List<ContentPart> content) implements Message {
        public ToolMessage {
            if (toolCallId == null || toolCallId.isBlank()) {
                throw new IllegalArgumentException("tool_call_id must not be blank");
            }
            content = List.copyOf(content);
        }

        @Override
        public String role() {
            return "tool";
        }

        @Override
        public String text() {
            return joined(content);
        }
    }

    static SystemMessage system(String text) {
        return new SystemMessage(List.of(new ContentPart.Text(text)), null);
    }

    static DeveloperMessage developer(String text) {
        return new DeveloperMessage(List.of(new ContentPart.Text(text)), null);
    }

    static UserMessage user(String text) {
        return new UserMessage(List.of(new ContentPart.Text(text)), null);
    }

    static UserMessage user(List<ContentPart> parts) {
        return new UserMessage(parts, null);
    }

    static AssistantMessage assistant(String text) {
        return new AssistantMessage(text, null, List.of(), null, null);
    }

    static AssistantMessage assistant(List<ToolCall> toolCalls) {
        return new AssistantMessage(null, null, toolCalls, null, null);
    }

    static ToolMessage tool(String toolCallId, String text) {
        return new ToolMessage(toolCallId, List.of(new ContentPart.Text(text)));
    }

    private static String joined(List<ContentPart> parts) {
        Objects.requireNonNull(parts, "content");
        return parts.stream()
                .filter(ContentPart.Text.class::isInstance)
                .map(part -> ((ContentPart.Text) part).text())
                .collect(Collectors.joining("\n"));
    }
}

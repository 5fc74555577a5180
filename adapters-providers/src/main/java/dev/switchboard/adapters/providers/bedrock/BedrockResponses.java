package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.normalize.FinishReasons;
import dev.switchboard.domain.provider.ProviderException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;

/**
 * A Converse answer in the domain. Text blocks are the content; {@code toolUse} blocks are tool calls whose arguments
 * are the input as JSON text; reasoning is the reasoning text, and every reasoning block is kept whole with its
 * signature (a redacted one as base64), to be sent back. Converse gives no response id, so the gateway makes one.
 * Usage counts cached input into the prompt, as OpenAI does: Bedrock's {@code inputTokens} leaves it out.
 */
final class BedrockResponses {

    private BedrockResponses() {}

    static ChatResponse read(ConverseResponse response, String model) {
        if (response.output() == null || response.output().message() == null) {
            throw new ProviderException(Failures.malformed("output.message is missing"));
        }
        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        var blocks = new ArrayList<ReasoningBlock>();
        var calls = new ArrayList<ToolCall>();
        for (ContentBlock block : response.output().message().content()) {
            if (block.text() != null) text.append(block.text());
            if (block.toolUse() != null) {
                calls.add(new ToolCall(
                        block.toolUse().toolUseId(),
                        block.toolUse().name(),
                        BedrockDocuments.json(block.toolUse().input())));
            }
            ReasoningBlock thought = reasoning(block.reasoningContent());
            if (thought != null) blocks.add(thought);
            if (thought instanceof ReasoningBlock.Thinking thinking) reasoning.append(thinking.text());
        }
        var message = new Message.AssistantMessage(
                text.isEmpty() && !calls.isEmpty() ? null : text.toString(),
                null,
                calls,
                reasoning.isEmpty() ? null : reasoning.toString(),
                null,
                blocks);
        var choice = new Choice(0, message, finishReason(response.stopReasonAsString()), null);
        return new ChatResponse("", 0, model, List.of(choice), usage(response.usage()), null);
    }

    static @Nullable ReasoningBlock reasoning(@Nullable ReasoningContentBlock block) {
        if (block == null) return null;
        if (block.reasoningText() != null) {
            String text = block.reasoningText().text();
            return new ReasoningBlock.Thinking(
                    text == null ? "" : text, block.reasoningText().signature());
        }
        if (block.redactedContent() != null)
            return redacted(block.redactedContent().asByteArray());
        return null;
    }

    static @Nullable ReasoningBlock redacted(byte[] data) {
        return data.length == 0
                ? null
                : new ReasoningBlock.Redacted(Base64.getEncoder().encodeToString(data));
    }

    /** OpenAI's finish reason; running out of context window counts as reaching the length limit. */
    static FinishReason finishReason(@Nullable String stopReason) {
        if ("model_context_window_exceeded".equals(stopReason)) return FinishReason.LENGTH;
        return FinishReasons.fromUpstream(stopReason);
    }

    static Usage usage(@Nullable TokenUsage usage) {
        if (usage == null) return Usage.ZERO;
        int cacheRead = count(usage.cacheReadInputTokens());
        int prompt = count(usage.inputTokens()) + cacheRead + count(usage.cacheWriteInputTokens());
        return new Usage(prompt, count(usage.outputTokens()), cacheRead, 0, false);
    }

    private static int count(@Nullable Integer tokens) {
        return tokens == null ? 0 : Math.max(0, tokens);
    }
}

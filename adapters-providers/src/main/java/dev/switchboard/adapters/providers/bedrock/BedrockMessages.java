package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ReasoningContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * An OpenAI conversation as Converse takes it
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Message.html">Message</a>). System and
 * developer messages become {@code system} blocks, in order. Tool results become {@code toolResult} blocks of a user
 * turn. Consecutive messages of one role are merged into one turn, tool results first, and a conversation that starts
 * with the assistant gets a user turn of {@code "."} before it, since the API wants alternating roles, user first.
 * Images must be base64 data URLs: Converse takes image bytes, not links. Reasoning blocks go back first in their
 * turn, with their signatures; reasoning without a signature cannot be verified by the model and is left out.
 */
final class BedrockMessages {

    /** The system blocks and the turns. */
    record Conversation(
            List<SystemContentBlock> system,
            List<software.amazon.awssdk.services.bedrockruntime.model.Message> messages) {}

    private static final Set<String> IMAGE_FORMATS = Set.of("png", "jpeg", "gif", "webp");

    private BedrockMessages() {}

    static Conversation map(List<Message> messages) {
        var system = new ArrayList<SystemContentBlock>();
        var turns = new BedrockTurns();
        for (int i = 0; i < messages.size(); i++) {
            switch (messages.get(i)) {
                case Message.SystemMessage m -> addSystem(system, m.text());
                case Message.DeveloperMessage m -> addSystem(system, m.text());
                case Message.UserMessage m -> turns.add(ConversationRole.USER, user(m, i));
                case Message.AssistantMessage m -> turns.add(ConversationRole.ASSISTANT, assistant(m, i));
                case Message.ToolMessage m -> turns.add(ConversationRole.USER, List.of(toolResult(m)));
            }
        }
        return new Conversation(system, turns.finish());
    }

    private static void addSystem(List<SystemContentBlock> system, String text) {
        if (!text.isBlank()) system.add(SystemContentBlock.fromText(text));
    }

    private static List<ContentBlock> user(Message.UserMessage message, int i) {
        var blocks = new ArrayList<ContentBlock>();
        for (int j = 0; j < message.content().size(); j++) {
            String param = "messages[" + i + "].content[" + j + "]";
            switch (message.content().get(j)) {
                case ContentPart.Text text -> {
                    if (!text.text().isEmpty()) blocks.add(ContentBlock.fromText(text.text()));
                }
                case ContentPart.Image image -> blocks.add(ContentBlock.fromImage(image(image.url(), param)));
                case ContentPart.Audio ignored ->
                    throw invalid(param, "is audio, which Bedrock's Converse does not take");
            }
        }
        return blocks;
    }

    private static List<ContentBlock> assistant(Message.AssistantMessage message, int i) {
        var blocks = new ArrayList<ContentBlock>();
        for (ReasoningBlock block : message.reasoningBlocks()) {
            ReasoningContentBlock reasoning = reasoning(block);
            if (reasoning != null) blocks.add(ContentBlock.fromReasoningContent(reasoning));
        }
        if (message.content() != null && !message.content().isEmpty())
            blocks.add(ContentBlock.fromText(message.content()));
        for (int j = 0; j < message.toolCalls().size(); j++) {
            ToolCall call = message.toolCalls().get(j);
            Document input =
                    arguments(call.arguments(), "messages[" + i + "].tool_calls[" + j + "].function.arguments");
            blocks.add(ContentBlock.fromToolUse(ToolUseBlock.builder()
                    .toolUseId(call.id())
                    .name(call.name())
                    .input(input)
                    .build()));
        }
        return blocks;
    }

    private static @Nullable ReasoningContentBlock reasoning(ReasoningBlock block) {
        return switch (block) {
            case ReasoningBlock.Thinking thinking
            when thinking.signature() != null ->
                ReasoningContentBlock.fromReasoningText(
                        text -> text.text(thinking.text()).signature(thinking.signature()));
            case ReasoningBlock.Thinking ignored -> null;
            case ReasoningBlock.Redacted redacted -> redacted(redacted.data());
        };
    }

    /** Redacted reasoning travels to the client as base64 of the bytes Bedrock gave; anything else is not ours. */
    private static @Nullable ReasoningContentBlock redacted(String data) {
        try {
            return ReasoningContentBlock.fromRedactedContent(
                    SdkBytes.fromByteArray(Base64.getDecoder().decode(data)));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static ContentBlock toolResult(Message.ToolMessage message) {
        String text = message.text().isEmpty() ? "(no output)" : message.text();
        return ContentBlock.fromToolResult(ToolResultBlock.builder()
                .toolUseId(message.toolCallId())
                .content(ToolResultContentBlock.fromText(text))
                .status(ToolResultStatus.SUCCESS)
                .build());
    }

    /** OpenAI sends arguments as JSON text; Converse wants the object itself. */
    private static Document arguments(String arguments, String param) {
        if (arguments.isBlank()) return Document.fromMap(java.util.Map.of());
        Document input = BedrockDocuments.parse(arguments);
        if (input == null || !input.isMap()) throw invalid(param, "must be a JSON object, as text");
        return input;
    }

    /** A base64 data URL of a PNG, JPEG, GIF or WebP image as image bytes. */
    private static ImageBlock image(String url, String param) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            throw invalid(
                    param,
                    "is an image URL; Bedrock takes images only as base64 data URLs (data:image/png;base64,...)");
        }
        int comma = url.indexOf(',');
        if (!url.startsWith("data:image/")
                || comma < 0
                || !url.substring(0, comma).endsWith(";base64")) {
            throw invalid(param, "must be a base64 data URL of an image");
        }
        String format = url.substring("data:image/".length(), comma - ";base64".length())
                .toLowerCase(Locale.ROOT);
        if (format.equals("jpg")) format = "jpeg";
        if (!IMAGE_FORMATS.contains(format)) throw invalid(param, "must be a PNG, JPEG, GIF or WebP image");
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(url.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw invalid(param, "is not valid base64");
        }
        String chosen = format;
        return ImageBlock.builder()
                .format(chosen)
                .source(source -> source.bytes(SdkBytes.fromByteArray(bytes)))
                .build();
    }

    static ProviderException invalid(String param, String problem) {
        return new ProviderException(new ProviderFailure.InvalidRequest(param + " " + problem, param));
    }
}

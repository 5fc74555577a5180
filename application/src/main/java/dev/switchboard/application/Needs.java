package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.normalize.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a request asks of the model that serves it, for the capability check before it is sent.
 *
 * @param images whether a message holds an image
 * @param audio whether a message holds audio
 * @param tools whether the request offers tools
 * @param prompt the prompt's text, to estimate its tokens
 * @param messages how many messages it has (each costs a few tokens of framing)
 * @param maxTokens the output limit the request asks for, or null
 */
record Needs(
        boolean images,
        boolean audio,
        boolean tools,
        String prompt,
        int messages,
        @Nullable Integer maxTokens) {

    /** Nothing to check: embeddings, transcriptions, reranking. */
    static final Needs NOTHING = new Needs(false, false, false, "", 0, null);

    static Needs of(ChatRequest request) {
        boolean images = false;
        boolean audio = false;
        for (Message message : request.messages()) {
            for (ContentPart part : parts(message)) {
                images |= part instanceof ContentPart.Image;
                audio |= part instanceof ContentPart.Audio;
            }
        }
        return new Needs(
                images,
                audio,
                !request.tools().isEmpty(),
                Normalizer.promptText(request),
                request.messages().size(),
                request.sampling().maxTokens());
    }

    static Needs of(CompletionRequest request) {
        return new Needs(
                false,
                false,
                false,
                String.join("\n", request.prompts()),
                1,
                request.sampling().maxTokens());
    }

    private static List<ContentPart> parts(Message message) {
        return switch (message) {
            case Message.UserMessage user -> user.content();
            case Message.SystemMessage system -> system.content();
            case Message.DeveloperMessage developer -> developer.content();
            case Message.ToolMessage tool -> tool.content();
            case Message.AssistantMessage ignored -> List.of();
        };
    }
}

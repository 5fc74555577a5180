package dev.switchboard.domain.provider;

import dev.switchboard.domain.chat.ChatRequest;

/**
 * The optional capability of counting a request's input tokens before sending it, as the provider itself counts them.
 * Same threading and failure contract as {@link ModelProvider}.
 */
public interface TokenCounter {

    /**
     * The input tokens the request would use: messages, system instructions and tools. Nothing is generated.
     *
     * @throws ProviderException for every expected upstream failure
     */
    int countTokens(ChatRequest request, CallContext context);
}

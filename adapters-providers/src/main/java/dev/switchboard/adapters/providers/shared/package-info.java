/**
 * What every provider package may use, and the only place it lives: the server-sent events parser ({@link Sse}),
 * the pull-based reader of decoded events over it ({@link SseEventReader}) and the chat stream on that
 * ({@link SseChatStream}), the NDJSON line reader ({@link Ndjson}), the one {@code ObjectMapper} ({@link ProviderJson}),
 * the HTTP transport ({@link HttpTransport}) and the one table from upstream answers to domain failures
 * ({@link Failures}).
 *
 * <p>These types are public only so that the provider packages of this module can use them; the module exports
 * nothing, so no other module sees them.
 */
@NullMarked
package dev.switchboard.adapters.providers.shared;

import org.jspecify.annotations.NullMarked;

/**
 * Anthropic's Messages API behind the OpenAI-compatible surface: requests, answers, streams, errors, the model list and
 * token counting translated both ways, thinking blocks and their signatures kept so that multi-turn tool use with
 * extended thinking works. {@link dev.switchboard.adapters.providers.anthropic.AnthropicProviderFactory} is the
 * package's only public type.
 */
@NullMarked
package dev.switchboard.adapters.providers.anthropic;

import org.jspecify.annotations.NullMarked;

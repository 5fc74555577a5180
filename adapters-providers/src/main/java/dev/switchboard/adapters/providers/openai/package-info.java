/**
 * The OpenAI family: OpenAI, Azure OpenAI, Cerebras and any server that speaks OpenAI's format, served by one provider
 * implementation set up with a {@link dev.switchboard.adapters.providers.openai.Dialect} (URL shape, auth header,
 * quirks). The four factories are the package's only public types.
 */
@NullMarked
package dev.switchboard.adapters.providers.openai;

import org.jspecify.annotations.NullMarked;

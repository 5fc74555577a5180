/**
 * Ollama's native API behind the OpenAI-compatible surface: chat and legacy completions with NDJSON streaming, tools,
 * images, thinking and structured output, embeddings, model discovery with each model's capabilities and context
 * length, and model pulling. {@link dev.switchboard.adapters.providers.ollama.OllamaProviderFactory} is the package's
 * only public type.
 */
@NullMarked
package dev.switchboard.adapters.providers.ollama;

import org.jspecify.annotations.NullMarked;

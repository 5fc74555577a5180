/**
 * Google Gemini's native Generative Language API (and Vertex AI's Gemini endpoints) behind the OpenAI-compatible
 * surface: requests, answers, streams, errors, embeddings and the model list translated both ways, thought signatures
 * kept so that multi-turn function calling with thinking works, and authentication by API key or by OAuth 2 (a service
 * account or application default credentials) through Google's own auth library.
 * {@link dev.switchboard.adapters.providers.gemini.GeminiProviderFactory} is the package's only public type.
 */
@NullMarked
package dev.switchboard.adapters.providers.gemini;

import org.jspecify.annotations.NullMarked;

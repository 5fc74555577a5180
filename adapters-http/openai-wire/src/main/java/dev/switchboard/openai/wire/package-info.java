/**
 * Reads and writes OpenAI's chat, completion, embedding, model and error JSON. Every class is stateless and
 * thread-safe except the {@link dev.switchboard.openai.wire.ChunkWriter}s, which serve one stream on one thread.
 */
@NullMarked
package dev.switchboard.openai.wire;

import org.jspecify.annotations.NullMarked;

package dev.switchboard.openai.wire;

import dev.switchboard.domain.embedding.EmbeddingRequest;
import java.util.Objects;

/**
 * An embeddings request as the client sent it.
 *
 * @param format how the vectors must travel back; providers always answer floats
 */
public record EmbeddingCall(EmbeddingRequest request, EncodingFormat format) {

    public EmbeddingCall {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(format, "format");
    }
}

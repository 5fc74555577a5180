package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.normalize.ObjectType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Writes an embeddings list. With {@link EncodingFormat#BASE64} each vector is the base64 of its little-endian float32
 * bytes, which is what OpenAI sends and its Python SDK decodes.
 */
public final class EmbeddingResponseWriter {

    private EmbeddingResponseWriter() {}

    /** The response as UTF-8 JSON, vectors in the given format. */
    public static byte[] write(EmbeddingResponse response, EncodingFormat format) {
        ObjectNode node = WireJson.object().put("object", ObjectType.LIST.wire());
        ArrayNode data = node.putArray("data");
        for (Embedding embedding : response.data()) {
            ObjectNode item = data.addObject().put("object", ObjectType.EMBEDDING.wire());
            switch (format) {
                case FLOAT -> {
                    ArrayNode vector = item.putArray("embedding");
                    for (float value : embedding.vector()) vector.add(value);
                }
                case BASE64 -> item.put("embedding", base64(embedding.vector()));
            }
            item.put("index", embedding.index());
        }
        node.put("model", response.model());
        node.set("usage", UsageJson.writeEmbedding(response.usage()));
        return WireJson.bytes(node);
    }

    /** The vector's float32 values, little-endian, in base64. */
    static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES * vector.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) bytes.putFloat(value);
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}

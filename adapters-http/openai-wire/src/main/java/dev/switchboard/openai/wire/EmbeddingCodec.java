package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;

/**
 * The provider side of embeddings: the request an OpenAI-family server receives (always {@code float}, whatever the
 * client asked for; the inbound API encodes the answer itself) and the answer it sends, floats or base64.
 */
public final class EmbeddingCodec {

    private EmbeddingCodec() {}

    /** The upstream request body: one text as a string, several as an array, token arrays as they are. */
    public static ObjectNode toNode(EmbeddingRequest request) {
        ObjectNode node = WireJson.object().put("model", request.model());
        switch (request.input()) {
            case EmbeddingInput.Texts texts
            when texts.size() == 1 -> node.put("input", texts.texts().getFirst());
            case EmbeddingInput.Texts texts -> texts.texts().forEach(node.putArray("input")::add);
            case EmbeddingInput.Tokens tokens -> {
                ArrayNode input = node.putArray("input");
                tokens.tokens().forEach(ids -> ids.forEach(input.addArray()::add));
            }
        }
        node.put("encoding_format", EncodingFormat.FLOAT.wire());
        if (request.dimensions() != null) node.put("dimensions", request.dimensions());
        if (request.user() != null) node.put("user", request.user());
        request.extensions().forEach((name, value) -> node.set(name, JsonValues.toNode(value)));
        return node;
    }

    /**
     * Reads an embeddings list; each vector may be a float array or base64 of little-endian float32.
     *
     * @throws WireFormatException when the body is not JSON or a known field has the wrong type
     */
    public static EmbeddingResponse read(byte[] body) {
        WireObject response = new WireObject(WireJson.parseObject(body, "response body"), "");
        ArrayNode data = response.requiredArray("data");
        var embeddings = new ArrayList<Embedding>(data.size());
        for (int i = 0; i < data.size(); i++) {
            WireObject item = WireObject.of(data.get(i), "data[" + i + "]");
            Integer index = item.optionalInt("index");
            float[] vector = vector(item);
            int position = index == null ? i : index;
            embeddings.add(WireObject.construct(item.path(), () -> new Embedding(position, vector)));
        }
        WireObject usage = response.optionalObject("usage");
        Integer prompt = usage == null ? null : usage.optionalInt("prompt_tokens");
        Usage used = Usage.of(prompt == null ? 0 : prompt, 0);
        return new EmbeddingResponse(ChatResponseReader.model(response), embeddings, used);
    }

    private static float[] vector(WireObject item) {
        JsonNode embedding = item.get("embedding");
        if (embedding != null && embedding.isTextual()) return decode(item, embedding.textValue());
        ArrayNode array = item.requiredArray("embedding");
        float[] vector = new float[array.size()];
        for (int i = 0; i < vector.length; i++) {
            if (!array.get(i).isNumber()) throw item.invalid("embedding[" + i + "]", "must be a number");
            vector[i] = array.get(i).floatValue();
        }
        return vector;
    }

    private static float[] decode(WireObject item, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw item.invalid("embedding", "must be base64");
        }
        if (bytes.length % Float.BYTES != 0) throw item.invalid("embedding", "must hold whole float32 values");
        var buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] vector = new float[buffer.remaining()];
        buffer.get(vector);
        return vector;
    }
}

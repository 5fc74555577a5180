package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code POST /embeddings} body: {@code input} as a string, an array of strings, an array of token ids or an
 * array of token arrays; {@code encoding_format} {@code float} (the default) or {@code base64}; {@code dimensions};
 * {@code user}. Fields outside the schema become extensions.
 */
public final class EmbeddingRequestReader {

    private static final Set<String> KNOWN = Set.of("model", "input", "encoding_format", "dimensions", "user");
    private static final Set<String> PARAMS = Set.of("model", "input", "dimensions");
    private static final String INPUT_SHAPES =
            "must be a string, an array of strings, an array of integers or an array of integer arrays";

    private EmbeddingRequestReader() {}

    /**
     * Reads an embeddings request body.
     *
     * @throws WireFormatException when the body is not JSON or does not follow the schema
     */
    public static EmbeddingCall read(byte[] body) {
        WireObject request = new WireObject(WireJson.parseObject(body, "request body"), "");
        String model = request.requiredString("model");
        EmbeddingInput input = input(request);
        Integer dimensions = request.optionalInt("dimensions");
        String user = request.optionalString("user");
        EncodingFormat format = format(request);
        var extensions = request.unknownFields(KNOWN);
        EmbeddingRequest embedding =
                WireObject.construct(PARAMS, () -> new EmbeddingRequest(model, input, dimensions, user, extensions));
        return new EmbeddingCall(embedding, format);
    }

    private static EncodingFormat format(WireObject request) {
        String format = request.optionalString("encoding_format");
        if (format == null) return EncodingFormat.FLOAT;
        return EncodingFormat.fromWire(format)
                .orElseThrow(() -> request.invalid("encoding_format", "must be one of float, base64"));
    }

    private static EmbeddingInput input(WireObject request) {
        JsonNode input = request.get("input");
        if (input == null) throw request.invalid("input", "is required");
        if (input.isTextual())
            return WireObject.construct("input", () -> new EmbeddingInput.Texts(List.of(input.textValue())));
        if (!(input instanceof ArrayNode array)) throw request.invalid("input", INPUT_SHAPES);
        if (array.isEmpty()) throw request.invalid("input", "must not be empty");
        JsonNode first = array.get(0);
        if (first.isTextual())
            return WireObject.construct("input", () -> new EmbeddingInput.Texts(strings(request, array)));
        if (first.isIntegralNumber()) {
            return WireObject.construct(
                    "input", () -> new EmbeddingInput.Tokens(List.of(tokens(request, array, "input"))));
        }
        if (first instanceof ArrayNode) {
            var arrays = new ArrayList<List<Integer>>(array.size());
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof ArrayNode tokens))
                    throw request.invalid("input[" + i + "]", "must be an array of integers");
                arrays.add(tokens(request, tokens, "input[" + i + "]"));
            }
            return WireObject.construct("input", () -> new EmbeddingInput.Tokens(arrays));
        }
        throw request.invalid("input", INPUT_SHAPES);
    }

    private static List<String> strings(WireObject request, ArrayNode array) {
        var texts = new ArrayList<String>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) throw request.invalid("input[" + i + "]", "must be a string");
            texts.add(array.get(i).textValue());
        }
        return texts;
    }

    private static List<Integer> tokens(WireObject request, ArrayNode array, String field) {
        var tokens = new ArrayList<Integer>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode token = array.get(i);
            if (!token.isIntegralNumber() || !token.canConvertToInt() || token.intValue() < 0) {
                throw request.invalid(field + "[" + i + "]", "must be a token id (a non-negative integer)");
            }
            tokens.add(token.intValue());
        }
        return tokens;
    }
}

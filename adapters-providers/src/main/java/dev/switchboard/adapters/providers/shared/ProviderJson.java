package dev.switchboard.adapters.providers.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.provider.ProviderException;
import java.io.IOException;

/**
 * The providers module's one {@link ObjectMapper}: exact decimals, unknown fields ignored (servers add their own).
 * Thread-safe; configured once here and never changed.
 */
public final class ProviderJson {

    /** The shared mapper; do not reconfigure it. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProviderJson() {}

    /** A new empty object node. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * The body as a JSON tree.
     *
     * @param what names the body in the failure message, such as {@code "stream chunk"}
     * @throws ProviderException with {@code MalformedResponse} when the body is not JSON
     */
    public static JsonNode tree(byte[] body, String what) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode())
                throw new ProviderException(Failures.malformed(what + " is empty"));
            return node;
        } catch (JsonProcessingException e) {
            throw new ProviderException(Failures.malformed(what + " is not valid JSON"), e);
        } catch (IOException e) {
            throw new ProviderException(Failures.malformed(what + " could not be read"), e);
        }
    }

    /** The tree as UTF-8 JSON. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}

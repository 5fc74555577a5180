package dev.switchboard.openai.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The codec's one {@link ObjectMapper}: numbers read as exact decimals, duplicate keys and trailing data rejected, key
 * order kept. Parse errors become {@link WireFormatException}s whose text never names a Jackson type.
 */
final class WireJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private static final int MAX_REASON = 160;

    private WireJson() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The body as a JSON object, or a {@link WireFormatException} saying what is wrong with it. */
    static ObjectNode parseObject(byte[] body, String what) {
        JsonNode node = parse(body, what);
        if (!(node instanceof ObjectNode object)) throw new WireFormatException(what + " must be a JSON object", null);
        return object;
    }

    static JsonNode parse(byte[] body, String what) {
        if (isBlank(body)) throw new WireFormatException(what + " is not valid JSON: it is empty", null);
        try {
            return MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new WireFormatException(
                    what + " is not valid JSON: it exceeds the parser's limits on nesting or size", null);
        } catch (JsonProcessingException e) {
            throw new WireFormatException(what + " is not valid JSON: " + reason(e), null);
        } catch (IOException e) {
            throw new WireFormatException(what + " could not be read", null);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    static String text(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }

    /** Jackson's own words for the problem, without its source excerpt, cut short, and with its position. */
    private static String reason(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "unexpected content" : e.getOriginalMessage();
        String firstLine =
                original.lines().findFirst().orElse("unexpected content").strip();
        if (firstLine.contains("com.fasterxml") || firstLine.contains("java.")) firstLine = "unexpected content";
        if (firstLine.length() > MAX_REASON) firstLine = firstLine.substring(0, MAX_REASON) + "...";
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 1) return firstLine;
        return firstLine + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }
}

package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Golden files under {@code src/test/resources/golden}, and structural comparisons against them. */
final class Golden {

    private Golden() {}

    static byte[] bytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) throw new IllegalStateException("no golden file " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(byte[] body) {
        try {
            return WireJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        return json(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The written JSON equals the golden file, key order aside, numbers compared as written. */
    static void assertMatches(byte[] actual, String golden) {
        assertThat(json(actual)).isEqualTo(json(bytes(golden)));
    }

    /** The events, concatenated, equal the golden SSE file event by event; each JSON payload is compared as a tree. */
    static void assertEvents(List<byte[]> events, String golden) {
        var out = new ByteArrayOutputStream();
        events.forEach(out::writeBytes);
        List<String> actual = split(out.toString(StandardCharsets.UTF_8));
        List<String> expected = split(new String(bytes(golden), StandardCharsets.UTF_8));
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            assertThat(got).as("event %d", i).startsWith("data: ");
            if (want.equals("data: [DONE]")) {
                assertThat(got).isEqualTo(want);
            } else {
                assertThat(json(got.substring(6))).as("event %d", i).isEqualTo(json(want.substring(6)));
            }
        }
    }

    /** Events separated by a blank line; the text must end with one. */
    static List<String> split(String sse) {
        assertThat(sse).endsWith("\n\n");
        return Arrays.stream(sse.split("\n\n")).toList();
    }
}

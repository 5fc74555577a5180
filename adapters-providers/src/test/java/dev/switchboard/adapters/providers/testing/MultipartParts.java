package dev.switchboard.adapters.providers.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body back into its parts, as an upstream would, for golden assertions. */
public final class MultipartParts {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern LINE_END = Pattern.compile("\r\n");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private MultipartParts() {}

    /**
     * One part.
     *
     * @param filename null for a plain field
     * @param contentType null when the part has none
     */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public static List<Part> parse(String contentType, byte[] body) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        var parts = new ArrayList<Part>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (body[start] == '-' && body[start + 1] == '-') break;
            int next = indexOf(body, delimiter, start);
            parts.add(part(Arrays.copyOfRange(body, start + 2, next - 2)));
            at = next;
        }
        return parts;
    }

    /** The parts by name, for fields that appear once. */
    public static Map<String, Part> byName(List<Part> parts) {
        var named = new LinkedHashMap<String, Part>();
        parts.forEach(part -> named.putIfAbsent(part.name(), part));
        return named;
    }

    private static Part part(byte[] raw) {
        int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String head = new String(raw, 0, split, StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOfRange(raw, split + 4, raw.length);
        String type = null;
        for (String line : LINE_END.split(head, -1)) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).strip();
            }
        }
        return new Part(group(NAME, head), group(FILENAME, head), type, content);
    }

    private static String group(Pattern pattern, String head) {
        Matcher matcher = pattern.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}

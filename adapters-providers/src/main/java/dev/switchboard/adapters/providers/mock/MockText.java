package dev.switchboard.adapters.providers.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the mock cuts text. A token is a word with the whitespace before it, so that the pieces joined give the text back
 * exactly; the mock counts usage and applies {@code max_tokens} in these tokens.
 */
final class MockText {

    private static final Pattern WORD = Pattern.compile("\\s*\\S+");

    private MockText() {}

    /** The text's words, each with the whitespace before it; trailing whitespace stays on the last word. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        Matcher matcher = WORD.matcher(text);
        int end = 0;
        while (matcher.find()) {
            words.add(matcher.group());
            end = matcher.end();
        }
        if (end < text.length()) {
            String rest = text.substring(end);
            if (words.isEmpty()) words.add(rest);
            else words.set(words.size() - 1, words.getLast() + rest);
        }
        return words;
    }

    /** How many tokens the text counts as. */
    static int tokens(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** The first {@code limit} words of the text. */
    static String firstWords(String text, int limit) {
        return String.join("", words(text).subList(0, limit));
    }

    /** The pieces a stream sends: words when {@code size} is 0, else runs of {@code size} characters. */
    static List<String> chunks(String text, int size) {
        if (size == 0) return words(text);
        var chunks = new ArrayList<String>();
        for (int start = 0; start < text.length(); start += size) {
            chunks.add(text.substring(start, Math.min(text.length(), start + size)));
        }
        return chunks;
    }

    /** The text in two pieces, each non-empty when the text has two characters or more. */
    static List<String> halves(String text) {
        int middle = text.length() / 2;
        return List.of(text.substring(0, middle), text.substring(middle));
    }
}

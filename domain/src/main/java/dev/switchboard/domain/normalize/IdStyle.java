package dev.switchboard.domain.normalize;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Response ids in OpenAI's style: {@code chatcmpl-<id>} for chat, {@code cmpl-<id>} for legacy completions. A provider's
 * own id is kept behind the prefix, so the ids in the provider's logs can still be found; a missing one is generated.
 */
public enum IdStyle {
    CHAT("chatcmpl-"),
    COMPLETION("cmpl-");

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int GENERATED_LENGTH = 29;
    /** Compiled once: this runs on every response and every stream. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final String prefix;

    IdStyle(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /**
     * The id for a response whose provider gave {@code upstream}: kept when it already has the prefix, prefixed when it
     * has not, generated when it is missing or blank. Characters outside {@code A-Za-z0-9._-} are replaced by {@code _}.
     */
    public String apply(@Nullable String upstream, RandomGenerator random) {
        if (upstream == null || upstream.isBlank()) return generate(random);
        String clean = UNSAFE.matcher(upstream.strip()).replaceAll("_");
        return clean.startsWith(prefix) ? clean : prefix + clean;
    }

    /** A fresh id: the prefix and 29 random letters and digits, like OpenAI's. */
    public String generate(RandomGenerator random) {
        var id = new StringBuilder(prefix.length() + GENERATED_LENGTH).append(prefix);
        for (int i = 0; i < GENERATED_LENGTH; i++) id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        return id.toString();
    }
}

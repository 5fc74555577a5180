package dev.switchboard.application;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import org.jspecify.annotations.Nullable;

/**
 * Counts tokens with a real BPE tokenizer (jtokkit's {@code o200k_base}, the encoding of OpenAI's current models). For
 * other providers' models it is an estimate, close enough to tell whether a prompt fits a context window. The encoding
 * is loaded on first use. Thread-safe.
 */
final class TokenEstimator {

    /** Framing tokens each chat message costs besides its text. */
    static final int PER_MESSAGE = 4;

    private volatile @Nullable Encoding encoding;

    int count(String text) {
        if (text.isEmpty()) return 0;
        return encoding().countTokensOrdinary(text);
    }

    private Encoding encoding() {
        Encoding known = encoding;
        if (known != null) return known;
        Encoding loaded = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        encoding = loaded;
        return loaded;
    }
}

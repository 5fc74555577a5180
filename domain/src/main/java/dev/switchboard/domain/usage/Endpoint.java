package dev.switchboard.domain.usage;

import java.util.Locale;

/** The kind of call a usage record is about: one value per OpenAI endpoint the gateway serves. */
public enum Endpoint {
    CHAT,
    COMPLETIONS,
    EMBEDDINGS,
    TRANSCRIPTIONS,
    RERANK;

    /** The lower-case name stored in the ledger and shown in metrics: {@code chat}, {@code embeddings}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name that is no endpoint's {@link #wireName()} */
    public static Endpoint fromWireName(String name) {
        for (Endpoint endpoint : values()) {
            if (endpoint.wireName().equals(name)) return endpoint;
        }
        throw new IllegalArgumentException("unknown endpoint '" + name + "'");
    }
}

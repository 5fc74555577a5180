package dev.switchboard.domain.chat;

/** Why the model stopped, in OpenAI's terms; every provider's reason maps to one of these. */
public enum FinishReason {
    /** A natural end or a stop sequence. */
    STOP("stop"),
    /** The output limit was reached. */
    LENGTH("length"),
    /** The model called one or more tools. */
    TOOL_CALLS("tool_calls"),
    /** A content filter cut the answer. */
    CONTENT_FILTER("content_filter");

    private final String wire;

    FinishReason(String wire) {
        this.wire = wire;
    }

    /** The value of {@code finish_reason} on the wire. */
    public String wire() {
        return wire;
    }
}

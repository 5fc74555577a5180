package dev.switchboard.domain.normalize;

/** The {@code object} field of each OpenAI response shape. */
public enum ObjectType {
    CHAT_COMPLETION("chat.completion"),
    CHAT_COMPLETION_CHUNK("chat.completion.chunk"),
    TEXT_COMPLETION("text_completion"),
    LIST("list"),
    EMBEDDING("embedding"),
    MODEL("model");

    private final String wire;

    ObjectType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}

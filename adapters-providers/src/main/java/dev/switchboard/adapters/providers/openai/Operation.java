package dev.switchboard.adapters.providers.openai;

/** The upstream operations of the OpenAI format that Switchboard calls. */
enum Operation {
    CHAT("chat/completions", true, "chat completions"),
    COMPLETIONS("completions", true, "text completions"),
    EMBEDDINGS("embeddings", true, "embeddings"),
    TRANSCRIPTIONS("audio/transcriptions", true, "audio transcriptions"),
    MODELS("models", false, "model listing");

    private final String path;
    private final boolean perModel;
    private final String description;

    Operation(String path, boolean perModel, String description) {
        this.path = path;
        this.perModel = perModel;
        this.description = description;
    }

    /** The path below the base URL, without a leading slash. */
    String path() {
        return path;
    }

    /** Whether Azure routes the operation through a deployment. */
    boolean perModel() {
        return perModel;
    }

    /** What the operation is, for a client-facing message. */
    String description() {
        return description;
    }
}

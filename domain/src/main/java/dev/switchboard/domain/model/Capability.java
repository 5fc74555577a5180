package dev.switchboard.domain.model;

/** What a model can do; the catalogue checks requests against these before sending them. */
public enum Capability {
    CHAT,
    COMPLETIONS,
    EMBEDDINGS,
    STREAMING,
    TOOLS,
    PARALLEL_TOOL_CALLS,
    VISION,
    AUDIO_INPUT,
    JSON_MODE,
    STRUCTURED_OUTPUT,
    REASONING,
    TRANSCRIPTION,
    RERANK
}

/**
 * The OpenAI JSON format, read and written once: the inbound API reads requests and writes responses, chunks and error
 * bodies with it; the OpenAI-family provider adapters use the same codec the other way round. Jackson stays inside:
 * only {@link com.fasterxml.jackson.databind.JsonNode} appears in {@code JsonValues}, for adapters that hold a tree.
 */
module dev.switchboard.openai.wire {
    requires transitive dev.switchboard.domain;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.jspecify;

    exports dev.switchboard.openai.wire;
}

package dev.switchboard.adapters.providers.openai;

import dev.switchboard.openai.wire.WireFormatException;

/** Words for an upstream answer the wire codec could not read. */
final class WireProblems {

    private WireProblems() {}

    /** The codec's description, which names the field and never a Java type. */
    static String describe(WireFormatException e) {
        String message = e.getMessage();
        return message == null ? "the answer does not follow the OpenAI format" : message;
    }
}

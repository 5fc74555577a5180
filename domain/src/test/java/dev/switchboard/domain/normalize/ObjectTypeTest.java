package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CHAT_COMPLETION, chat.completion",
        "CHAT_COMPLETION_CHUNK, chat.completion.chunk",
        "TEXT_COMPLETION, text_completion",
        "LIST, list",
        "EMBEDDING, embedding",
        "MODEL, model"
    })
    void writes_openais_object_values(ObjectType type, String wire) {
        assertThat(type.wire()).isEqualTo(wire);
    }
}

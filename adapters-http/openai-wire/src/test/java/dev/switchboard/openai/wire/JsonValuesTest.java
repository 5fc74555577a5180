package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.switchboard.domain.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final String EXACT = "{\"z\":1,\"a\":[true,false,null,\"s\"],\"big\":123456789012345678901234567890,"
            + "\"long\":9007199254740993,\"dec\":0.10,\"tiny\":1E-30,\"neg\":-5,\"nested\":{\"b\":{},\"a\":[]}}";

    @Test
    void round_trips_numbers_exactly_and_keeps_key_order() {
        JsonValue value = JsonValues.fromNode(Golden.json(EXACT));

        assertThat(((JsonValue.Obj) value).fields().keySet())
                .containsExactly("z", "a", "big", "long", "dec", "tiny", "neg", "nested");
        assertThat(((JsonValue.Obj) value).get("dec")).isEqualTo(new JsonValue.Num(new BigDecimal("0.10")));
        assertThat(new String(WireJson.bytes(JsonValues.toNode(value)), StandardCharsets.UTF_8))
                .isEqualTo(EXACT);
        assertThat(value.toJson()).isEqualTo(EXACT);
    }

    @Test
    void reads_a_missing_node_as_null() {
        assertThat(JsonValues.fromNode(MissingNode.getInstance())).isEqualTo(JsonValue.NULL);
    }
}

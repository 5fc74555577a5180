package dev.switchboard.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonValueTest {

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("plain", "\"plain\""),
                Arguments.of("", "\"\""),
                Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("back\\slash", "\"back\\\\slash\""),
                Arguments.of("line\nbreak", "\"line\\nbreak\""),
                Arguments.of("carriage\rreturn", "\"carriage\\rreturn\""),
                Arguments.of("tab\there", "\"tab\\there\""),
                Arguments.of("bell\b", "\"bell\\b\""),
                Arguments.of("form\f", "\"form\\f\""),
                Arguments.of("nul\u0000", "\"nul\\u0000\""),
                Arguments.of("escape\u001b", "\"escape\\u001b\""),
                Arguments.of("unit\u001f", "\"unit\\u001f\""),
                Arguments.of("delete\u007f stays", "\"delete\u007f stays\""),
                Arguments.of("slash / stays", "\"slash / stays\""),
                Arguments.of("ünïcødé and 😀", "\"ünïcødé and 😀\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("strings")
    void escapes_quotes_backslashes_and_control_characters(String value, String json) {
        assertThat(JsonValue.of(value).toJson()).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "-1", "42", "3.14", "-0.5", "1E+3", "12345678901234567890123", "0.1000", "1E-7"})
    void writes_numbers_exactly_as_given(String number) {
        assertThat(new JsonValue.Num(new BigDecimal(number)).toJson()).isEqualTo(number);
    }

    @Test
    void writes_whole_numbers_from_longs() {
        assertThat(JsonValue.Num.of(9_007_199_254_740_993L).toJson()).isEqualTo("9007199254740993");
    }

    @Test
    void writes_literals() {
        assertThat(JsonValue.NULL.toJson()).isEqualTo("null");
        assertThat(new JsonValue.Bool(true).toJson()).isEqualTo("true");
        assertThat(new JsonValue.Bool(false).toJson()).isEqualTo("false");
    }

    @Test
    void writes_nested_arrays_and_objects_compactly_in_key_order() {
        var fields = new LinkedHashMap<String, JsonValue>();
        fields.put("zeta", JsonValue.of("last letter"));
        fields.put("alpha", new JsonValue.Arr(List.of(JsonValue.Num.of(1), JsonValue.NULL, new JsonValue.Bool(true))));
        fields.put("mid", JsonValue.emptyObject());
        fields.put("empty", new JsonValue.Arr(List.of()));
        fields.put("quote\"key", JsonValue.of("v"));

        assertThat(new JsonValue.Obj(fields).toJson())
                .isEqualTo(
                        "{\"zeta\":\"last letter\",\"alpha\":[1,null,true],\"mid\":{},\"empty\":[],\"quote\\\"key\":\"v\"}");
    }

    @Test
    void an_object_is_a_snapshot_of_its_fields() {
        var fields = new LinkedHashMap<String, JsonValue>();
        fields.put("a", JsonValue.of("1"));
        var object = new JsonValue.Obj(fields);

        fields.put("b", JsonValue.of("2"));

        assertThat(object.fields()).containsOnlyKeys("a");
        assertThatThrownBy(() -> object.fields().put("c", JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_array_is_a_snapshot_of_its_items() {
        var items = new ArrayList<JsonValue>(List.of(JsonValue.of("a")));
        var array = new JsonValue.Arr(items);

        items.add(JsonValue.of("b"));

        assertThat(array.items()).containsExactly(JsonValue.of("a"));
        assertThatThrownBy(() -> array.items().add(JsonValue.NULL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void get_returns_a_field_or_json_null() {
        var object = new JsonValue.Obj(Map.of("type", JsonValue.of("object")));

        assertThat(object.get("type")).isEqualTo(JsonValue.of("object"));
        assertThat(object.get("missing")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void values_compare_by_content() {
        assertThat(new JsonValue.Obj(Map.of("a", JsonValue.Num.of(1))))
                .isEqualTo(new JsonValue.Obj(Map.of("a", JsonValue.Num.of(1))));
        assertThat(new JsonValue.Null()).isEqualTo(JsonValue.NULL);
        assertThat(JsonValue.emptyObject().fields()).isEmpty();
    }

    @Test
    void rejects_null_numbers_and_strings() {
        assertThatThrownBy(() -> new JsonValue.Num(null)).hasMessage("value");
        assertThatThrownBy(() -> new JsonValue.Str(null)).hasMessage("value");
    }
}

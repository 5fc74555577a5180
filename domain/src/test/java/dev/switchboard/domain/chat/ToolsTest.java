package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ToolsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void a_tool_call_needs_an_id_and_a_name(String blank) {
        assertThatThrownBy(() -> new ToolCall(blank, "f", "{}")).hasMessage("tool call id must not be blank");
        assertThatThrownBy(() -> new ToolCall("c", blank, "{}")).hasMessage("tool call name must not be blank");
    }

    @Test
    void a_tool_call_keeps_its_arguments_even_when_they_do_not_parse() {
        assertThat(new ToolCall("c", "f", "{\"city\":").arguments()).isEqualTo("{\"city\":");
        assertThatThrownBy(() -> new ToolCall("c", "f", null)).hasMessage("arguments");
    }

    @Test
    void a_tool_definition_needs_a_name_and_parameters() {
        assertThatThrownBy(() -> ToolDefinition.function(" ", "d", JsonValue.emptyObject()))
                .hasMessage("tool name must not be blank");
        assertThatThrownBy(() -> new ToolDefinition("f", null, null, null)).hasMessage("parameters");
        assertThat(new ToolDefinition("f", null, JsonValue.emptyObject(), true).strict())
                .isTrue();
        assertThat(ToolDefinition.function("f", "d", JsonValue.emptyObject()).strict())
                .isNull();
    }

    @Test
    void a_function_tool_choice_needs_a_name() {
        assertThatThrownBy(() -> new ToolChoice.Function(" ")).hasMessage("tool_choice name must not be blank");
        assertThatThrownBy(() -> new ToolChoice.Function(null)).hasMessage("tool_choice name must not be blank");
    }

    @Test
    void the_fixed_tool_choices_are_values() {
        assertThat(ToolChoice.AUTO).isEqualTo(new ToolChoice.Auto());
        assertThat(ToolChoice.NONE).isEqualTo(new ToolChoice.None());
        assertThat(ToolChoice.REQUIRED).isEqualTo(new ToolChoice.Required());
    }

    @Test
    void a_json_schema_format_needs_a_name_and_a_schema() {
        assertThatThrownBy(() -> new ResponseFormat.JsonSchema(" ", null, JsonValue.emptyObject(), null))
                .hasMessage("response_format.json_schema.name must not be blank");
        assertThatThrownBy(() -> new ResponseFormat.JsonSchema("answer", null, null, true))
                .hasMessage("schema");
        assertThat(new ResponseFormat.JsonSchema("answer", "d", JsonValue.emptyObject(), true).strict())
                .isTrue();
        assertThat(ResponseFormat.TEXT).isEqualTo(new ResponseFormat.Text());
        assertThat(ResponseFormat.JSON_OBJECT).isEqualTo(new ResponseFormat.JsonObject());
    }
}

package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Schema in, Gemini's OpenAPI subset out: each keyword kept, translated or dropped. */
class GeminiSchemaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unsupported keywords are dropped | {"type":"string","format":"email","$schema":"x","examples":["a"],"minLength":1} | {"type":"STRING","minLength":1}
        known formats are kept | {"type":"string","format":"date-time"} | {"type":"STRING","format":"date-time"}
        a type list with null is nullable | {"type":["integer","null"],"minimum":0} | {"type":"INTEGER","nullable":true,"minimum":0}
        several types become anyOf | {"type":["string","number"]} | {"anyOf":[{"type":"STRING"},{"type":"NUMBER"}]}
        anyOf with null is nullable | {"anyOf":[{"type":"string"},{"type":"null"}],"description":"d"} | {"description":"d","nullable":true,"type":"STRING"}
        oneOf becomes anyOf | {"oneOf":[{"type":"string"},{"type":"boolean"}]} | {"anyOf":[{"type":"STRING"},{"type":"BOOLEAN"}]}
        a string const is a one value enum | {"const":"fixed"} | {"type":"STRING","enum":["fixed"]}
        a non string enum is dropped | {"type":"integer","enum":[1,2]} | {"type":"INTEGER"}
        the type is read from items | {"items":{"type":"string"},"maxItems":3,"uniqueItems":true} | {"type":"ARRAY","maxItems":3,"items":{"type":"STRING"}}
        required keeps only properties | {"properties":{"a":{"type":"string"}},"required":["a","b"],"additionalProperties":{"type":"string"}} | {"type":"OBJECT","properties":{"a":{"type":"STRING"}},"required":["a"]}
        refs are inlined | {"type":"object","properties":{"p":{"$ref":"#/$defs/P","description":"the p"}},"$defs":{"P":{"type":"object","properties":{"x":{"type":"number"}}}}} | {"type":"OBJECT","properties":{"p":{"type":"OBJECT","properties":{"x":{"type":"NUMBER"}},"description":"the p"}}}
        a recursive ref ends in a plain object | {"$defs":{"N":{"type":"object","properties":{"next":{"$ref":"#/$defs/N"}}}},"$ref":"#/$defs/N"} | {"type":"OBJECT","properties":{"next":{"type":"OBJECT"}}}
        allOf is merged | {"allOf":[{"properties":{"a":{"type":"string"}},"required":["a"]},{"properties":{"b":{"type":"integer"}},"required":["b"]}]} | {"type":"OBJECT","properties":{"a":{"type":"STRING"},"b":{"type":"INTEGER"}},"required":["a","b"]}
        not a schema is an empty object | [1,2] | {}
        """)
    void reduces_the_schema(String rule, String schema, String expected) {
        assertThat(GeminiSchema.reduce(json(schema))).as(rule).isEqualTo(json(expected));
    }
}

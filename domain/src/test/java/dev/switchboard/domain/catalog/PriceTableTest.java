package dev.switchboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {

    private static final PriceTable BUNDLED = PriceTable.bundled();

    @ParameterizedTest
    @CsvSource({
        "gpt-4o, 2.50, 10.00",
        "gpt-4o-2024-08-06, 2.50, 10.00",
        "gpt-4o-2024-05-13, 5.00, 15.00",
        "gpt-4o-mini, 0.15, 0.60",
        "gpt-4.1-nano, 0.10, 0.40",
        "gpt-5-mini, 0.25, 2.00",
        "o4-mini, 1.10, 4.40",
        "claude-sonnet-4-5-20250929, 3.00, 15.00",
        "claude-opus-4-5, 5.00, 25.00",
        "claude-opus-4-1-20250805, 15.00, 75.00",
        "claude-haiku-4-5, 1.00, 5.00",
        "gemini-2.5-pro, 1.25, 10.00",
        "gemini-2.5-flash-lite, 0.10, 0.40",
        "gemini-2.5-flash, 0.30, 2.50",
        "text-embedding-3-small, 0.02, 0"
    })
    void ships_list_prices_of_the_common_models(String model, String input, String output) {
        var price = BUNDLED.lookup(model).orElseThrow();

        assertThat(price.input()).isEqualByComparingTo(input);
        assertThat(price.output()).isEqualByComparingTo(output);
    }

    @Test
    void prices_uncached_cached_and_output_tokens_exactly() {
        // 1,000,000 prompt tokens of which 400,000 cached, 100,000 output, on gpt-4o: 1.50 + 0.50 + 1.00
        var cost = BUNDLED.cost("gpt-4o", new Usage(1_000_000, 100_000, 400_000, 0, false));

        assertThat(cost).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("3.00"));
        assertThat(BUNDLED.cost("gpt-5-nano", Usage.of(1, 0)))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.00000005"));
    }

    @Test
    void leaves_the_cost_empty_when_a_price_is_unknown_never_guessing() {
        assertThat(BUNDLED.cost("llama-3.1-8b-instant", Usage.of(10, 10))).isEmpty();
        // a row of empty prices stops the gpt-4o row from pricing an audio model
        assertThat(BUNDLED.cost("gpt-4o-audio-preview", Usage.of(10, 10))).isEmpty();
        // cached tokens, but the cached price is unknown
        assertThat(BUNDLED.cost("gemini-2.5-flash", new Usage(10, 10, 5, 0, false)))
                .isEmpty();
        // a prompt longer than the prices hold for
        assertThat(BUNDLED.cost("gemini-2.5-pro", Usage.of(200_001, 10))).isEmpty();
        assertThat(BUNDLED.cost("gemini-2.5-pro", Usage.of(200_000, 10))).isPresent();
    }

    @Test
    void names_the_line_of_a_mistake() {
        assertThatThrownBy(() -> PriceTable.parse("# prices\nm*,1,2,,\nx,abc,1,,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price table line 3: input price 'abc' is not a number");
        assertThatThrownBy(() -> PriceTable.parse("x,1,2,3")).hasMessageContaining("expected 5 cells, found 4");
        assertThatThrownBy(() -> PriceTable.parse("x,1,,,")).hasMessageContaining("both known or both unknown");
        assertThatThrownBy(() -> PriceTable.parse("x,-1,1,,")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> PriceTable.parse("x,1,1,,0")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> PriceTable.parse("x,1,1,,z")).hasMessageContaining("not a whole number");
    }

    @Test
    void the_first_matching_row_wins() {
        var table = PriceTable.parse("a-mini*,1,1,,\na*,2,2,,\n");

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.lookup("a-mini-2").orElseThrow().input()).isEqualByComparingTo("1");
        assertThat(table.lookup("a-large").orElseThrow().input()).isEqualByComparingTo("2");
        assertThat(table.lookup("b")).isEmpty();
    }
}

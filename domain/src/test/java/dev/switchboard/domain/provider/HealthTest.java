package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void tells_up_from_down() {
        assertThat(Health.up("listed 3 models", Duration.ofMillis(40)))
                .isEqualTo(new Health(true, "listed 3 models", Duration.ofMillis(40)));
        assertThat(Health.down("401 from upstream", Duration.ofMillis(5)).up()).isFalse();
    }

    @Test
    void requires_a_detail_and_a_latency() {
        assertThatThrownBy(() -> Health.up(null, Duration.ZERO)).hasMessage("detail");
        assertThatThrownBy(() -> Health.down("x", null)).hasMessage("latency");
    }
}

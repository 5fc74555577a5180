package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.telemetry.KeyEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final ProfileStatus ACTIVE = new ProfileStatus.Active();
    private static final ProfileStatus COOLING = new ProfileStatus.CoolingDown(NOW.plusSeconds(60), "rate limited");
    private static final ProfileStatus LONGER = new ProfileStatus.CoolingDown(NOW.plusSeconds(120), "rate limited");
    private static final ProfileStatus DISABLED = new ProfileStatus.Disabled("key revoked", NOW);

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(ACTIVE, ACTIVE, Optional.empty()),
                Arguments.of(ACTIVE, COOLING, Optional.of(KeyEvent.Kind.COOLED_DOWN)),
                Arguments.of(COOLING, LONGER, Optional.of(KeyEvent.Kind.COOLED_DOWN)),
                Arguments.of(COOLING, COOLING, Optional.empty()),
                Arguments.of(ACTIVE, DISABLED, Optional.of(KeyEvent.Kind.DISABLED)),
                Arguments.of(COOLING, DISABLED, Optional.of(KeyEvent.Kind.DISABLED)),
                Arguments.of(DISABLED, DISABLED, Optional.empty()),
                Arguments.of(COOLING, ACTIVE, Optional.of(KeyEvent.Kind.RECOVERED)),
                Arguments.of(DISABLED, ACTIVE, Optional.of(KeyEvent.Kind.RECOVERED)));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void names_a_change_of_status(ProfileStatus before, ProfileStatus after, Optional<KeyEvent.Kind> kind) {
        assertThat(KeyChanges.of(before, after)).isEqualTo(kind);
    }
}

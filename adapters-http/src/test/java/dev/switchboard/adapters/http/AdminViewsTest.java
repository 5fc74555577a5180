package dev.switchboard.adapters.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.application.ProfileView;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.LastError;
import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.RotationState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a profile's live state reads in JSON. */
class AdminViewsTest {

    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");
    private static final ProfileId ID = new ProfileId("p-1");

    @Test
    void writes_a_cooldown_with_its_end_reason_counters_and_last_error() {
        var state = new RotationState(
                ID,
                new ProfileStatus.CoolingDown(T.plusSeconds(30), "rate limited"),
                2,
                T,
                T.minusSeconds(60),
                new LastError("rate_limited", 429, T),
                7);

        var json = render(view(state, "...abcd"));

        assertThat(json.toString())
                .isEqualTo("{\"id\":\"p-1\",\"provider\":\"openai\",\"name\":\"primary\",\"fingerprint\":\"...abcd\","
                        + "\"weight\":2,\"priority\":1,\"created_at\":\"2025-03-01T11:00:00Z\",\"state\":{"
                        + "\"status\":\"cooling_down\",\"until\":\"2025-03-01T12:00:30Z\","
                        + "\"reason\":\"rate limited\","
                        + "\"consecutive_failures\":2,\"last_used\":\"2025-03-01T12:00:00Z\","
                        + "\"last_success\":\"2025-03-01T11:59:00Z\","
                        + "\"last_error\":{\"kind\":\"rate_limited\",\"status\":429,"
                        + "\"at\":\"2025-03-01T12:00:00Z\"}}}");
    }

    @Test
    void writes_a_disable_with_its_reason_and_since_and_no_fingerprint_for_a_keyless_profile() {
        var state = new RotationState(ID, new ProfileStatus.Disabled("unauthorized", T), 1, null, null, null, 1);

        var json = render(view(state, null));

        assertThat(json.get("fingerprint").isNull()).isTrue();
        assertThat(json.at("/state/status").asText()).isEqualTo("disabled");
        assertThat(json.at("/state/reason").asText()).isEqualTo("unauthorized");
        assertThat(json.at("/state/since").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(json.at("/state").has("until")).isFalse();
        assertThat(json.at("/state/last_success").isNull()).isTrue();
    }

    private static JsonNode render(ProfileView view) {
        return Api.json(new String(AdminViews.profile(view), UTF_8));
    }

    private static ProfileView view(RotationState state, String fingerprint) {
        return new ProfileView(ID, ProviderId.of("openai"), "primary", fingerprint, 2, 1, T.minusSeconds(3600), state);
    }
}

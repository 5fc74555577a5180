package dev.switchboard.domain.telemetry;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ModelRef;
import java.util.Objects;

/**
 * One upstream call the gateway is about to make for a request.
 *
 * @param model the provider and model called
 * @param providerType the provider's adapter type ({@code openai}, {@code anthropic}, {@code gemini}, ...)
 * @param profile the key the call uses, by id
 * @param attempt 1 for the request's first upstream call, counting every key, retry and fallback target
 */
public record UpstreamStart(ModelRef model, String providerType, ProfileId profile, int attempt) {

    public UpstreamStart {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(profile, "profile");
        if (attempt < 1) throw new IllegalArgumentException("attempt must be at least 1");
    }
}

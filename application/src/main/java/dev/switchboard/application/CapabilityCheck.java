package dev.switchboard.application;

import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a model can take a request, judged from what the catalogue knows of it before anything is sent: images need
 * vision, audio needs audio input, tools need tools, and the prompt and the output limit must fit the context window.
 * What is not known is not held against a model: an unknown model, or one whose capabilities nobody reported, fits.
 */
final class CapabilityCheck {

    private final TokenEstimator tokens;

    CapabilityCheck(TokenEstimator tokens) {
        this.tokens = tokens;
    }

    /** Why the model cannot take the request, or empty when it can (or when too little is known to say). */
    Optional<Misfit> misfit(Needs needs, @Nullable ModelDescriptor model) {
        if (model == null) return Optional.empty();
        String name = model.ref().qualified();
        if (model.capabilitiesKnown()) {
            if (needs.images() && !model.supports(Capability.VISION)) {
                return Optional.of(new Misfit(name + " does not accept images", false));
            }
            if (needs.audio() && !model.supports(Capability.AUDIO_INPUT)) {
                return Optional.of(new Misfit(name + " does not accept audio", false));
            }
            if (needs.tools() && !model.supports(Capability.TOOLS)) {
                return Optional.of(new Misfit(name + " does not support tools", false));
            }
        }
        return tooLong(needs, model);
    }

    private Optional<Misfit> tooLong(Needs needs, ModelDescriptor model) {
        Integer window = model.contextWindow();
        if (window == null) return Optional.empty();
        int output = needs.maxTokens() == null ? 0 : needs.maxTokens();
        int framing = needs.messages() * TokenEstimator.PER_MESSAGE;
        // A token covers at least one UTF-8 byte, at most three per char: a prompt this short fits without counting.
        long bound = 3L * needs.prompt().length() + framing + output;
        if (bound <= window) return Optional.empty();
        long needed = (long) tokens.count(needs.prompt()) + framing + output;
        if (needed <= window) return Optional.empty();
        return Optional.of(new Misfit(
                model.ref().qualified() + " has a context window of " + window + " tokens; the request needs about "
                        + needed + (output > 0 ? " (including max_tokens " + output + ")" : ""),
                true));
    }
}

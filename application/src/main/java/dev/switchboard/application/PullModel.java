package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelPuller;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.PullProgress;
import dev.switchboard.domain.provider.PullStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Downloads a model onto a provider that can pull models (Ollama), passing on the provider's progress as it arrives.
 * The call goes out with a key of the provider chosen by rotation, like any other. When a pull ends with the
 * provider's {@code success} step, the {@code onPulled} hook is told the provider, once, so that whatever lists the
 * provider's models can read them again.
 */
public final class PullModel {

    private static final int MAX_MODEL_NAME = 500;

    private final Routing routing;
    private final Consumer<ProviderId> onPulled;

    PullModel(Routing routing, Consumer<ProviderId> onPulled) {
        this.routing = routing;
        this.onPulled = onPulled;
    }

    /**
     * Starts the pull and returns its progress once the provider accepted it; the caller must close the stream.
     *
     * @throws AdminException for an unknown provider, a provider that cannot pull models ({@code provider}), or a blank
     *     or overlong model name ({@code model})
     * @throws ProviderException when the provider refused the pull before any progress
     */
    public PullStream pull(ProviderId provider, String model, RequestContext context) {
        ProviderEntry entry = routing.directory()
                .find(provider)
                .orElseThrow(() -> new AdminException(new AdminFailure.UnknownProvider(provider)));
        ModelPuller puller = entry.adapter()
                .puller()
                .orElseThrow(() -> AdminException.invalid(
                        "provider", "Provider '" + provider + "' (type " + entry.type() + ") cannot pull models."));
        if (model.isBlank() || model.length() > MAX_MODEL_NAME) {
            throw AdminException.invalid("model", "model must be 1-" + MAX_MODEL_NAME + " characters, not blank");
        }
        String name = model.strip();
        PullStream upstream = routing.call(entry, context, call -> puller.pull(name, call));
        return new Completing(upstream, () -> onPulled.accept(provider));
    }

    /** The provider's stream, telling the hook once its {@code success} step was read. */
    private static final class Completing implements PullStream {
        private final PullStream upstream;
        private final Runnable onSuccess;

        Completing(PullStream upstream, Runnable onSuccess) {
            this.upstream = upstream;
            this.onSuccess = onSuccess;
        }

        @Override
        public Iterator<PullProgress> iterator() {
            Iterator<PullProgress> steps = upstream.iterator();
            return new Iterator<>() {
                private boolean told;

                @Override
                public boolean hasNext() {
                    return steps.hasNext();
                }

                @Override
                public PullProgress next() {
                    if (!steps.hasNext()) throw new NoSuchElementException();
                    PullProgress step = steps.next();
                    if (step.succeeded() && !told) {
                        told = true;
                        onSuccess.run();
                    }
                    return step;
                }
            };
        }

        @Override
        public void close() {
            upstream.close();
        }
    }
}

package dev.switchboard.adapters.http;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ModelPuller;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.ProviderSettings;
import dev.switchboard.domain.provider.PullProgress;
import dev.switchboard.domain.provider.PullStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A provider that pulls three scripted steps, waiting on {@code gate} after the first, or fails after some. */
final class PullingProvider implements ModelProvider, ModelPuller {
    final List<String> pulled = new CopyOnWriteArrayList<>();
    final List<Boolean> released = new CopyOnWriteArrayList<>();
    volatile CountDownLatch gate = new CountDownLatch(0);
    volatile int failAfter = -1;

    ModelProviderFactory factory() {
        var self = this;
        return new ModelProviderFactory() {
            @Override
            public String type() {
                return "pulling";
            }

            @Override
            public ModelProvider create(ProviderSettings settings) {
                return self;
            }
        };
    }

    @Override
    public PullStream pull(String model, CallContext context) {
        var missing =
                new ProviderException(new ProviderFailure.ModelNotFound("pull model manifest: file does not exist"));
        if (failAfter == 0) throw missing;
        pulled.add(model);
        var steps = List.of(
                PullProgress.of("pulling manifest"),
                new PullProgress("pulling dde5aa3fc5ff", "sha256:dde5", 100L, 40L),
                PullProgress.of("success"));
        int fail = failAfter;
        Iterator<PullProgress> paced = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next == fail) throw missing;
                return next < steps.size();
            }

            @Override
            public PullProgress next() {
                if (next == 1) released.add(await());
                return steps.get(next++);
            }
        };
        return PullStream.from(paced, () -> {});
    }

    private boolean await() {
        try {
            return gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public java.util.Optional<ModelPuller> puller() {
        return java.util.Optional.of(this);
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        return List.of();
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Health health(CallContext context) {
        return Health.up("pulling", Duration.ZERO);
    }
}

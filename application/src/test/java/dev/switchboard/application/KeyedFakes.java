package dev.switchboard.application;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.ProviderSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Providers of type {@code fake} that answer as {@link FakeModelProvider}s do, except that a call made with a key told
 * to fail throws before it reaches the fake: an upstream that refuses one key and serves another. Records the key of
 * every attempt, failed ones included, and answers health checks per key. Thread-safe.
 */
final class KeyedFakes implements ModelProviderFactory {

    private final FakeModelProviderFactory fakes = new FakeModelProviderFactory();
    private final Map<String, ProviderException> failures = new ConcurrentHashMap<>();
    private final Map<String, Health> health = new ConcurrentHashMap<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final Set<String> brokenHealth = ConcurrentHashMap.newKeySet();

    /** Calls with {@code key} throw {@code failure} from now on. */
    KeyedFakes fail(String key, ProviderException failure) {
        failures.put(key, failure);
        return this;
    }

    /** Calls with {@code key} are served again. */
    KeyedFakes heal(String key) {
        failures.remove(key);
        return this;
    }

    /** Health checks with {@code key} answer {@code state}; other keys are up. */
    KeyedFakes health(String key, Health state) {
        health.put(key, state);
        return this;
    }

    /** Health checks with {@code key} throw, as an adapter that breaks the port's contract does. */
    KeyedFakes healthThrows(String key) {
        brokenHealth.add(key);
        return this;
    }

    /** The fake behind provider {@code id}, for scripting replies and reading the calls that reached it. */
    FakeModelProvider provider(String id) {
        return fakes.provider(id);
    }

    /** The key of every call but health checks, in order, failed ones included. */
    List<String> attempts() {
        return List.copyOf(attempts);
    }

    /** The keys of provider {@code id}'s health checks, in order. */
    List<String> probed(String id) {
        return fakes.provider(id).calls(FakeCall.HealthCheck.class).stream()
                .map(call -> key(call.context()))
                .toList();
    }

    ProviderSettings settings(String id) {
        return fakes.settings(id);
    }

    @Override
    public String type() {
        return "fake";
    }

    @Override
    public int portVersion() {
        return ModelProvider.VERSION;
    }

    @Override
    public ModelProvider create(ProviderSettings settings) {
        return new Keyed(fakes.provider(settings.id().value()));
    }

    static String key(CallContext context) {
        return switch (context.credential()) {
            case Credential.ApiKey key -> key.key().reveal();
            case Credential.Anonymous _ -> "anonymous";
        };
    }

    private final class Keyed implements ModelProvider {
        private final FakeModelProvider fake;

        Keyed(FakeModelProvider fake) {
            this.fake = fake;
        }

        private CallContext check(CallContext context) {
            String key = key(context);
            attempts.add(key);
            ProviderException failure = failures.get(key);
            if (failure != null) throw failure;
            return context;
        }

        @Override
        public List<ModelDescriptor> models(CallContext context) {
            return fake.models(check(context));
        }

        @Override
        public ChatResponse complete(ChatRequest request, CallContext context) {
            return fake.complete(request, check(context));
        }

        @Override
        public ChatStream stream(ChatRequest request, CallContext context) {
            return fake.stream(request, check(context));
        }

        @Override
        public CompletionResponse completeText(CompletionRequest request, CallContext context) {
            return fake.completeText(request, check(context));
        }

        @Override
        public ChatStream streamText(CompletionRequest request, CallContext context) {
            return fake.streamText(request, check(context));
        }

        @Override
        public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
            return fake.embed(request, check(context));
        }

        @Override
        public Health health(CallContext context) {
            fake.health(context);
            if (brokenHealth.contains(key(context))) {
                throw new ProviderException(new ProviderFailure.Network("connection reset"));
            }
            return health.getOrDefault(key(context), Health.up("fake", Duration.ZERO));
        }
    }
}

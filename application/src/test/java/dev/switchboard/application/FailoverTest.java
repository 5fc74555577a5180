package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What moves a request to the next target, what is retried at the same one, and what ends it. */
class FailoverTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) gateway.close();
    }

    @Test
    void a_503_is_retried_at_the_same_target_and_the_retry_serves() {
        start(3);
        factory.provider("primary").replyWith(Chains.failingFirst(1, Chains.unavailable()));
        var context = RequestContext.of("r1");

        var answer = gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(answer.choices().getFirst().message().text()).isEqualTo("ok");
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("primary", "m"));
        assertThat(context.trace().attempts()).isEqualTo(2);
        assertThat(factory.provider("secondary").calls()).isEmpty();
    }

    @Test
    void a_timeout_is_retried_at_the_same_target_and_the_retry_serves() {
        start(3);
        factory.provider("primary").replyWith(Chains.failingFirst(2, Chains.timeout()));
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("primary", "m"));
        assertThat(context.trace().attempts()).isEqualTo(3);
    }

    @Test
    void the_clients_own_mistake_is_neither_retried_nor_sent_elsewhere() {
        start(3);
        factory.provider("primary").failWith(Chains.invalid());
        var context = RequestContext.of("r1");

        var failure = failure("model", context);

        assertThat(failure).isEqualTo(Chains.invalid().failure());
        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(1);
        assertThat(factory.provider("secondary").calls()).isEmpty();
        assertThat(context.trace().servedBy()).isNull();
        assertThat(context.trace().attempts()).isEqualTo(1);
    }

    @Test
    void when_the_primary_is_down_the_secondary_serves_and_the_trace_says_so() {
        start(2);
        factory.provider("primary").failWith(Chains.unavailable());
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(context.trace().attempts()).isEqualTo(3);
        assertThat(context.trace().upstreamTime()).isPositive();
        assertThat(context.trace().overhead().isNegative()).isFalse();
        assertThat(context.trace().toString()).isEqualTo("RequestTrace[servedBy=secondary/m, attempts=3]");
        assertThat(factory.provider("secondary").calls(FakeCall.Chat.class))
                .singleElement()
                .satisfies(call -> assertThat(call.request().model()).isEqualTo("m"));
    }

    @Test
    void a_rate_limit_moves_on_at_once_without_a_retry_at_the_same_target() {
        start(3);
        factory.provider("primary").failWith(Chains.rateLimited());
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(1);
    }

    @Test
    void refused_keys_and_an_unknown_model_at_one_target_move_on() {
        start(1);
        for (var failure : List.<ProviderFailure>of(
                new ProviderFailure.Unauthorized("bad key"),
                new ProviderFailure.Forbidden("no access"),
                new ProviderFailure.ModelNotFound("no such model"),
                new ProviderFailure.Network("connection reset"),
                new ProviderFailure.MalformedResponse("not json"))) {
            factory.provider("primary").failWith(new ProviderException(failure));
            var context = RequestContext.of("r1");

            gateway.chat(ChatRequests.userSays("model", "hi"), context);

            assertThat(context.trace().servedBy()).as(failure.toString()).isEqualTo(ModelRef.of("secondary", "m"));
        }
    }

    @Test
    void when_every_target_fails_the_last_failure_is_thrown() {
        start(1);
        factory.provider("primary").failWith(Chains.unavailable());
        factory.provider("secondary").failWith(Chains.timeout());

        assertThat(failure("model", RequestContext.of("r1")))
                .isEqualTo(Chains.timeout().failure());
    }

    @Test
    void an_upstream_context_length_error_moves_only_to_a_target_with_a_larger_window() {
        factory.provider("primary").models(List.of(Chains.model("primary/m", 1000)));
        factory.provider("secondary").models(List.of(Chains.model("secondary/m", 500)));
        factory.provider("third").models(List.of(Chains.model("third/m", 2000)));
        gateway = Setups.start(
                Chains.settings(
                        factory,
                        1,
                        List.of(chain("model", "primary/m", "secondary/m", "third/m")),
                        "primary",
                        "secondary",
                        "third"),
                factory);
        gateway.models(RequestContext.of("list"));
        factory.provider("primary").failWith(Chains.tooLong());
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("third", "m"));
        assertThat(factory.provider("secondary").calls(FakeCall.Chat.class)).isEmpty();
        factory.provider("third").failWith(Chains.tooLong());
        assertThat(failure("model", RequestContext.of("r2")))
                .isEqualTo(Chains.tooLong().failure());
        assertThat(factory.provider("secondary").calls(FakeCall.Chat.class)).isEmpty();
    }

    @Test
    void a_successful_answer_after_failover_is_the_secondarys_answer() {
        start(1);
        factory.provider("primary").failWith(Chains.unavailable());
        factory.provider("secondary").replyWith(request -> Replies.answer(request.model(), "from secondary"));

        var answer = gateway.chat(ChatRequests.userSays("model", "hi"), RequestContext.of("r1"));

        assertThat(answer.choices().getFirst().message().text()).isEqualTo("from secondary");
    }

    private void start(int attempts) {
        gateway = Setups.start(
                Chains.settings(
                        factory, attempts, List.of(chain("model", "primary/m", "secondary/m")), "primary", "secondary"),
                factory);
    }

    private ProviderFailure failure(String model, RequestContext context) {
        return catchThrowableOfType(
                        ProviderException.class, () -> gateway.chat(ChatRequests.userSays(model, "hi"), context))
                .failure();
    }
}

package dev.switchboard.application;

import static dev.switchboard.application.Rotations.key;
import static dev.switchboard.application.Rotations.rateLimited;
import static dev.switchboard.application.Rotations.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which key serves a request: stickiness by conversation, weights and priorities. */
class RotationChoiceTest {

    private final KeyedFakes fakes = new KeyedFakes();
    private final ManualClock clock = new ManualClock();
    private final FakeStorage storage = new FakeStorage();
    private final List<KeySeed> three = List.of(key("a"), key("b"), key("c"));

    private List<String> keysServing(Gateway gateway, int times, RequestContext context, ChatRequest request) {
        IntStream.range(0, times).forEach(i -> gateway.chat(request, context));
        return fakes.provider("openai").calls(FakeCall.Chat.class).stream()
                .map(call -> KeyedFakes.key(call.context()))
                .toList();
    }

    @Test
    void requests_of_one_session_stay_on_one_key() {
        var session = RequestContext.generated().withSessionKey("conversation-42");

        try (var gateway = start(fakes, three, storage, clock)) {
            assertThat(keysServing(gateway, 9, session, ChatRequests.userSays("openai/m", "hi")))
                    .hasSize(9)
                    .containsOnly(fakes.attempts().getFirst());
        }
    }

    @Test
    void without_a_session_key_the_requests_user_keeps_them_on_one_key() {
        var request = ChatRequest.builder("openai/m")
                .message(Message.user("hi"))
                .user("alice")
                .build();

        try (var gateway = start(fakes, three, storage, clock)) {
            assertThat(keysServing(gateway, 9, RequestContext.generated(), request))
                    .containsOnly(fakes.attempts().getFirst());
        }
    }

    @Test
    void the_session_key_wins_over_the_user() {
        var request = ChatRequest.builder("openai/m")
                .message(Message.user("hi"))
                .user("alice")
                .build();

        try (var gateway = start(fakes, three, storage, clock)) {
            var bySession = IntStream.range(0, 20)
                    .mapToObj(i -> {
                        var context = RequestContext.generated().withSessionKey("session-" + i);
                        gateway.chat(request, context);
                        return fakes.attempts().getLast();
                    })
                    .distinct()
                    .toList();

            assertThat(bySession).hasSizeGreaterThan(1);
        }
    }

    @Test
    void a_session_moves_off_a_rate_limited_key_and_stays_on_the_next() {
        var session = RequestContext.generated().withSessionKey("conversation-7");
        try (var gateway = start(fakes, three, storage, clock)) {
            gateway.chat(ChatRequests.userSays("openai/m", "hi"), session);
            String first = fakes.attempts().getFirst();
            fakes.fail(first, rateLimited(Duration.ofMinutes(1)));

            var served = keysServing(gateway, 5, session, ChatRequests.userSays("openai/m", "again"));

            assertThat(served.subList(1, 6)).doesNotContain(first).containsOnly(served.get(1));
        }
    }

    @Test
    void a_heavier_key_serves_its_share() {
        try (var gateway = start(fakes, List.of(key("heavy", 3, 0), key("light", 1, 0)), storage, clock)) {
            var counts =
                    keysServing(gateway, 40, RequestContext.generated(), ChatRequests.userSays("openai/m", "hi"))
                            .stream()
                            .collect(Collectors.groupingBy(k -> k, Collectors.counting()));

            assertThat(counts).containsOnly(Map.entry("sk-heavy", 30L), Map.entry("sk-light", 10L));
        }
    }

    @Test
    void a_later_priority_serves_only_while_the_first_cannot() {
        try (var gateway = start(fakes, List.of(key("backup", 1, 1), key("main", 1, 0)), storage, clock)) {
            var before = keysServing(gateway, 4, RequestContext.generated(), ChatRequests.userSays("openai/m", "hi"));
            fakes.fail("sk-main", rateLimited(Duration.ofSeconds(20)));
            var during = keysServing(gateway, 4, RequestContext.generated(), ChatRequests.userSays("openai/m", "hi"));
            clock.advance(Duration.ofSeconds(20));
            fakes.heal("sk-main");
            var after = keysServing(gateway, 4, RequestContext.generated(), ChatRequests.userSays("openai/m", "hi"));

            assertThat(before).containsOnly("sk-main");
            assertThat(during.subList(4, 8)).containsOnly("sk-backup");
            assertThat(after.subList(8, 12)).containsOnly("sk-main");
        }
    }
}

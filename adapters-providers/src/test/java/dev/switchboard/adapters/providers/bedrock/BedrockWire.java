package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

/**
 * Bedrock's wire formats for the loopback stub: JSON answers, rest-json errors with {@code x-amzn-ErrorType}, and
 * binary {@code application/vnd.amazon.eventstream} bodies built with AWS's own event-stream encoder.
 */
final class BedrockWire {

    static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
    static final String CONVERSE = "/model/" + MODEL + "/converse";
    static final String CONVERSE_STREAM = "/model/" + MODEL + "/converse-stream";
    static final String KEYS = "{\"access_key_id\":\"AKIDEXAMPLE\",\"secret_access_key\":\"wJalrXUtnFEMI/K7MDENG\"}";

    /** One frame of an event stream: an event, or an in-stream exception. */
    record Frame(String messageType, String type, String payload) {}

    private BedrockWire() {}

    static Frame event(String type, String json) {
        return new Frame("event", type, json);
    }

    static Frame exception(String type, String message) {
        return new Frame("exception", type, "{\"message\":\"" + message + "\"}");
    }

    /** A provider pointed at the stub, in us-east-1. */
    static ModelProvider provider(StubUpstream stub) {
        return new BedrockProvider(new BedrockSettings(
                ProviderId.of("bedrock"),
                "us-east-1",
                stub.base(""),
                stub.base(""),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10)));
    }

    static dev.switchboard.domain.provider.CallContext withKeys() {
        return new dev.switchboard.domain.provider.CallContext(
                dev.switchboard.domain.auth.Credential.apiKey("aws-main", KEYS),
                Contexts.REQUEST_ID,
                Duration.ofSeconds(10));
    }

    /** The frames as one event-stream body, each with its prelude, headers and CRCs. */
    static byte[] frames(List<Frame> frames) {
        var out = new ByteArrayOutputStream();
        for (Frame frame : frames) {
            Map<String, HeaderValue> headers = new LinkedHashMap<>();
            headers.put(":message-type", HeaderValue.fromString(frame.messageType()));
            headers.put(
                    frame.messageType().equals("event") ? ":event-type" : ":exception-type",
                    HeaderValue.fromString(frame.type()));
            headers.put(":content-type", HeaderValue.fromString("application/json"));
            new Message(headers, frame.payload().getBytes(StandardCharsets.UTF_8)).encode(out);
        }
        return out.toByteArray();
    }

    static StubUpstream.Reply stream(List<Frame> frames) {
        byte[] body = frames(frames);
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.amazon.eventstream");
            exchange.getResponseHeaders().set("x-amzn-RequestId", "39c52d8a-a39c-42bb-a269-ec2735bdccc6");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    /** A rest-json error as Bedrock sends it: the type in {@code x-amzn-ErrorType}, the message in the body. */
    static StubUpstream.Reply error(int status, String type, String message) {
        return exchange -> {
            byte[] body = ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders()
                    .set("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
            exchange.getResponseHeaders().set("x-amzn-RequestId", "39c52d8a-a39c-42bb-a269-ec2735bdccc6");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    static StubUpstream.Reply json(String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }
}

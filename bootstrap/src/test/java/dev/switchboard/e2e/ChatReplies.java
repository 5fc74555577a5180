package dev.switchboard.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Chat completions as each family's server writes them, after the recordings in {@code shared/provider-formats}:
 * OpenAI with {@code usage: null}, {@code service_tier} and {@code obfuscation} on every chunk; Azure with its
 * {@code prompt_filter_results} first event and {@code content_filter_results}; Cerebras with {@code reasoning} and
 * {@code time_info}, finish and usage in one chunk; a vLLM-style server with {@code tool_calls: []} and the finish in
 * the last text chunk. The values the tests expect are the constants here.
 */
final class ChatReplies {

    static final String GREETING = "Hello! How can I assist you today?";
    static final List<String> GREETING_PIECES = List.of("Hello", "!", " How can I", " assist you", " today?");
    static final String REASONING = "The user greets me; a short friendly answer fits.";
    static final String WEATHER_CALL = "call_weather_0";
    static final String WEATHER_ARGUMENTS = "{\"city\": \"Edinburgh\", \"unit\": \"celsius\"}";
    static final String STOCK_CALL = "call_stock_1";
    static final String STOCK_ARGUMENTS = "{\"ticker\": \"AAPL\"}";
    static final List<String> WEATHER_PIECES = List.of("{\"ci", "ty\": \"Edin", "burgh\", \"un", "it\": \"celsius\"}");
    static final List<String> STOCK_PIECES = List.of("{\"tic", "ker\": \"AA", "PL\"}");
    static final String UPSTREAM_FAILURE = "The server had an error while processing your request. Sorry about that!";

    private ChatReplies() {}

    /** A whole answer: the greeting, 19 prompt and 10 completion tokens. */
    static String completion(Family family, String model) {
        String answering = family.answeringModel(model);
        return switch (family) {
            case OPENAI -> """
                {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,\
                "model":"%s","choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null,\
                "annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":19,\
                "completion_tokens":10,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},\
                "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,\
                "rejected_prediction_tokens":0}},"service_tier":"default"}""".formatted(answering, GREETING);
            case AZURE -> """
                {"choices":[{"content_filter_results":{"hate":{"filtered":false,"severity":"safe"},\
                "violence":{"filtered":false,"severity":"safe"}},"finish_reason":"stop","index":0,"logprobs":null,\
                "message":{"annotations":[],"content":"%s","refusal":null,"role":"assistant"}}],"created":1756749680,\
                "id":"chatcmpl-CB38CGNFrrplmi6y7Sw64xcY6QqIm","model":"%s","object":"chat.completion",\
                "prompt_filter_results":[{"prompt_index":0,"content_filter_results":{"jailbreak":{"filtered":false,\
                "detected":false}}}],"system_fingerprint":null,"usage":{"completion_tokens":10,"prompt_tokens":19,\
                "total_tokens":29}}""".formatted(GREETING, answering);
            case CEREBRAS -> """
                {"id":"chatcmpl-292e278f-514e-4186-9010-91ce6a14168b","choices":[{"finish_reason":"stop","index":0,\
                "message":{"content":"%s","reasoning":"%s","role":"assistant"}}],"created":1723733419,"model":"%s",\
                "system_fingerprint":"fp_70185065a4","object":"chat.completion","usage":{"prompt_tokens":19,\
                "completion_tokens":10,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":0}},\
                "time_info":{"queue_time":0.000073161,"prompt_time":0.00107,"completion_time":0.00565,\
                "total_time":0.0222,"created":1723733419}}""".formatted(GREETING, REASONING, answering);
            case COMPATIBLE -> """
                {"id":"chatcmpl-9f3c1d7e","object":"chat.completion","created":1733000000,"model":"%s",\
                "choices":[{"index":0,"message":{"role":"assistant","content":"%s","tool_calls":[],\
                "reasoning_content":null},"logprobs":null,"finish_reason":"stop","stop_reason":null}],\
                "usage":{"prompt_tokens":19,"total_tokens":29,"completion_tokens":10,"prompt_tokens_details":null},\
                "prompt_logprobs":null}""".formatted(answering, GREETING);
        };
    }

    /** The greeting as a stream, with a usage chunk of 19 and 10 tokens. */
    static List<String> textStream(Family family, String model) {
        var stream = new Stream(family, model);
        stream.opening("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}");
        if (family == Family.CEREBRAS) stream.add("{\"reasoning\":" + quote(REASONING) + "}", null);
        for (int i = 0; i < GREETING_PIECES.size(); i++) {
            boolean last = i == GREETING_PIECES.size() - 1;
            String delta = "{\"content\":" + quote(GREETING_PIECES.get(i)) + "}";
            stream.add(delta, last && family == Family.COMPATIBLE ? "stop" : null);
        }
        return stream.finish("stop", 19, 10);
    }

    /** Two parallel tool calls, their arguments cut at arbitrary places; usage 149 and 60 tokens. */
    static List<String> toolStream(Family family, String model) {
        var stream = new Stream(family, model);
        stream.opening("{\"role\":\"assistant\",\"content\":null}");
        stream.call(0, WEATHER_CALL, "get_weather", WEATHER_PIECES);
        stream.call(1, STOCK_CALL, "get_stock_price", STOCK_PIECES);
        return stream.finish("tool_calls", 149, 60);
    }

    /** Two text pieces, then an error object in a data line, and no {@code [DONE]}. */
    static List<String> brokenStream(Family family, String model) {
        var stream = new Stream(family, model);
        stream.opening("{\"role\":\"assistant\",\"content\":\"\"}");
        GREETING_PIECES.subList(0, 2).forEach(piece -> stream.add("{\"content\":" + quote(piece) + "}", null));
        stream.events.add("""
                {"error":{"message":"%s","type":"server_error","param":null,"code":null}}""".formatted(UPSTREAM_FAILURE));
        return stream.events;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** One stream's chunks in the family's envelope. */
    private static final class Stream {
        private final Family family;
        private final String model;
        private final List<String> events = new ArrayList<>();

        Stream(Family family, String model) {
            this.family = family;
            this.model = family.answeringModel(model);
        }

        void opening(String delta) {
            if (family == Family.AZURE) {
                events.add("{\"choices\":[],\"created\":0,\"id\":\"\",\"model\":\"\",\"object\":\"\","
                        + "\"prompt_filter_results\":[{\"prompt_index\":0,\"content_filter_results\":{}}]}");
            }
            add(delta, null);
        }

        void call(int index, String id, String name, List<String> pieces) {
            add(
                    "{\"tool_calls\":[{\"index\":%d,\"id\":\"%s\",\"type\":\"function\",\"function\":{\"name\":\"%s\",\"arguments\":\"\"}}]}"
                            .formatted(index, id, name),
                    null);
            for (String piece : pieces) {
                add(
                        "{\"tool_calls\":[{\"index\":%d,\"function\":{\"arguments\":%s}}]}"
                                .formatted(index, quote(piece)),
                        null);
            }
        }

        void add(String delta, @Nullable String finish) {
            String filter = family == Family.AZURE ? ",\"content_filter_results\":{}" : "";
            String choice = "{\"index\":0,\"delta\":%s,\"logprobs\":null,\"finish_reason\":%s%s}"
                    .formatted(delta, finish == null ? "null" : quote(finish), filter);
            events.add(envelope("[" + choice + "]", family == Family.OPENAI ? ",\"usage\":null" : ""));
        }

        List<String> finish(String reason, int prompt, int completion) {
            String usage = ",\"usage\":{\"prompt_tokens\":%d,\"completion_tokens\":%d,\"total_tokens\":%d}"
                    .formatted(prompt, completion, prompt + completion);
            if (family == Family.CEREBRAS) {
                String choice = "{\"index\":0,\"delta\":{},\"finish_reason\":" + quote(reason) + "}";
                events.add(envelope("[" + choice + "]", usage + ",\"time_info\":{\"total_time\":0.02}"));
            } else {
                if (family != Family.COMPATIBLE || reason.equals("tool_calls")) add("{}", reason);
                events.add(envelope("[]", usage));
            }
            events.add("[DONE]");
            return events;
        }

        private String envelope(String choices, String extra) {
            String tail = family == Family.OPENAI ? ",\"service_tier\":\"default\",\"obfuscation\":\"q8Xz\"" : "";
            return "{\"id\":\"chatcmpl-%s-e2e\",\"object\":\"chat.completion.chunk\",\"created\":1727346165,\"model\":\"%s\",\"system_fingerprint\":\"fp_e2e\",\"choices\":%s%s%s}"
                    .formatted(family.name().toLowerCase(Locale.ROOT), model, choices, extra, tail);
        }
    }
}

package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A loopback upstream that speaks each OpenAI-family dialect as its provider does: the URL shape, the auth header and
 * the answers ({@link UpstreamReplies}). It checks every request the gateway sends it (the family's key in the
 * family's header, OpenAI's organization and project headers, Azure's deployment and {@code api-version}, a
 * {@code X-Request-ID}); a request that fails a check is answered 401 and listed in {@link #takeProblems()}.
 */
final class UpstreamStub implements AutoCloseable {

    /** One request as the stub received it. */
    record Call(
            Family family,
            String method,
            String operation,
            String query,
            Map<String, List<String>> headers,
            String body) {

        /** The first value of a header, by its name in any letter case; null when absent. */
        @Nullable
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }

        /** The JSON body; an empty object for a form or no body. */
        JsonNode json() {
            try {
                return body.startsWith("{") ? JSON.readTree(body) : JSON.createObjectNode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AZURE_DEPLOYMENT = Pattern.compile("deployments/([^/]+)/(.+)");

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private @Nullable LoopbackHttp server;

    private UpstreamStub() {}

    static UpstreamStub start() throws IOException {
        var stub = new UpstreamStub();
        stub.server = LoopbackHttp.start(stub::serve);
        return stub;
    }

    /** The root URL, such as {@code http://127.0.0.1:41234}. */
    String root() {
        return "http://127.0.0.1:" + java.util.Objects.requireNonNull(server).port();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The last request the family received for {@code operation}, such as {@code chat/completions}. */
    Call last(Family family, String operation) {
        return calls.reversed().stream()
                .filter(call -> call.family() == family && call.operation().equals(operation))
                .findFirst()
                .orElseThrow(() -> new AssertionError(family + " received no " + operation + " request"));
    }

    /**
     * What the gateway sent wrong since the last call, one line per request; empty when every request passed the
     * checks. The lines are forgotten, so one test's problem does not fail the next.
     */
    List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.removeAll(taken);
        return taken;
    }

    @Override
    public void close() throws IOException {
        if (server != null) server.close();
    }

    private UpstreamReplies.Reply serve(LoopbackHttp.Request request) {
        Family family = Family.stream()
                .filter(candidate -> request.path().startsWith(candidate.stubPath() + "/"))
                .max(Comparator.comparingInt(candidate -> candidate.stubPath().length()))
                .orElse(null);
        if (family == null) return UpstreamReplies.error(404, "stub: no family at " + request.path());
        String path = request.path().substring(family.stubPath().length() + 1);
        var problems = new ArrayList<String>();
        String operation = operation(family, path, request.query(), problems);
        var call = new Call(family, request.method(), operation, request.query(), request.headers(), request.body());
        calls.add(call);
        checkHeaders(call, path, problems);
        if (family == Family.AZURE && path.startsWith("deployments/")) checkDeployment(call, path, problems);
        if (problems.isEmpty()) return UpstreamReplies.answer(call);
        this.problems.add(family + " " + path + ": " + String.join("; ", problems));
        return UpstreamReplies.error(401, "stub: " + String.join("; ", problems));
    }

    /** The operation below the base URL; for Azure, below the deployment. */
    private static String operation(Family family, String path, String query, List<String> problems) {
        if (family != Family.AZURE) return path;
        if (path.startsWith("v1/")) return path.substring("v1/".length());
        if (!query.equals("api-version=" + Family.AZURE_API_VERSION)) problems.add("api-version missing: " + query);
        Matcher deployment = AZURE_DEPLOYMENT.matcher(path);
        return deployment.matches() ? deployment.group(2) : path;
    }

    private static void checkHeaders(Call call, String path, List<String> problems) {
        String key = call.family().upstreamKey();
        String requestId = call.header("X-Request-ID");
        if (requestId == null || requestId.isBlank()) problems.add("no X-Request-ID");
        boolean classicAzure = call.family() == Family.AZURE && !path.startsWith("v1/");
        if (classicAzure) {
            if (!key.equals(call.header("api-key"))) problems.add("api-key is not the Azure key");
            if (call.header("Authorization") != null) problems.add("Azure got an Authorization header");
        } else if (call.family() == Family.AZURE) {
            boolean keyed =
                    key.equals(call.header("api-key")) || ("Bearer " + key).equals(call.header("Authorization"));
            if (!keyed) problems.add("no Azure key on the v1 path");
        } else if (!("Bearer " + key).equals(call.header("Authorization"))) {
            problems.add("Authorization is not Bearer with the " + call.family() + " key");
        }
        if (call.family() == Family.OPENAI) {
            if (!Family.OPENAI_ORGANIZATION.equals(call.header("OpenAI-Organization"))) problems.add("no organization");
            if (!Family.OPENAI_PROJECT.equals(call.header("OpenAI-Project"))) problems.add("no project");
        }
    }

    /** The deployment in the URL must be the one configured for the body's model (a form names it in a field). */
    private static void checkDeployment(Call call, String path, List<String> problems) {
        Matcher deployment = AZURE_DEPLOYMENT.matcher(path);
        if (!deployment.matches()) return;
        String model = call.json().path("model").asText(UpstreamReplies.formField(call, "model"));
        String expected = Family.AZURE_DEPLOYMENTS.getOrDefault(model, model);
        if (!deployment.group(1).equals(expected)) {
            problems.add("deployment " + deployment.group(1) + " is not " + expected + " for model " + model);
        }
    }
}

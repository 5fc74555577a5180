package dev.switchboard.e2e;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The packaged gateway configured with one provider of each OpenAI-family type, all pointing at one
 * {@link UpstreamStub}, plus the same four again under {@code limited-<type>}, which the rate-limit tests alone use,
 * and {@code azure-v1}, an Azure provider in the v1 URL style. Keys reach the configuration as {@code ${VAR}}, and
 * Cerebras finds its base URL in {@code CEREBRAS_BASE_URL}. Clients use the official OpenAI SDK without retries.
 */
final class FamilyGateway implements AutoCloseable {

    static final String CLIENT_KEY = "sk-switchboard-e2e-client";
    static final String LIMITED = "limited-";
    static final String AZURE_V1 = "azure-v1";

    private final Path workDir;
    private final UpstreamStub stub;
    private final PackagedGateway gateway;
    private final Map<String, OpenAIClient> clients = new ConcurrentHashMap<>();

    private FamilyGateway(Path workDir, UpstreamStub stub, PackagedGateway gateway) {
        this.workDir = workDir;
        this.stub = stub;
        this.gateway = gateway;
    }

    static FamilyGateway start() throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("switchboard-e2e-family");
        var stub = UpstreamStub.start();
        try {
            Path config = Files.writeString(workDir.resolve("switchboard.yaml"), yaml(stub.root()));
            var variables = new HashMap<String, String>();
            variables.put("E2E_CLIENT_KEY", CLIENT_KEY);
            variables.put("CEREBRAS_BASE_URL", stub.root() + Family.CEREBRAS.stubPath());
            for (Family family : Family.values()) variables.put(family.keyVariable(), family.upstreamKey());
            return new FamilyGateway(workDir, stub, PackagedGateway.start(workDir, config, variables));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            stub.close();
            throw e;
        }
    }

    UpstreamStub stub() {
        return stub;
    }

    /** What the gateway logged so far, for a failing assertion's message. */
    String log() {
        return gateway.log();
    }

    /** An SDK client of the plain routes, {@code /v1}, where models are {@code provider/model}. */
    OpenAIClient client() {
        return clientAt("/v1");
    }

    /** An SDK client of one provider's routes, {@code /{provider}/v1}, where models are the provider's own. */
    OpenAIClient client(String providerId) {
        return clientAt("/" + providerId + "/v1");
    }

    /** One client per base URL, kept for the run; the SDK retries nothing, so every failure shows as it came. */
    private OpenAIClient clientAt(String path) {
        return clients.computeIfAbsent(
                path,
                ignored -> OpenAIOkHttpClient.builder()
                        .baseUrl(gateway.baseUrl() + path)
                        .apiKey(CLIENT_KEY)
                        .maxRetries(0)
                        .timeout(Duration.ofSeconds(30))
                        .build());
    }

    @Override
    public void close() throws IOException {
        clients.values().forEach(OpenAIClient::close);
        try {
            gateway.close();
        } finally {
            stub.close();
            try (var files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    static String yaml(String root) {
        String providers = Family.stream()
                .map(family -> entry(family, family.type(), root, family == Family.CEREBRAS))
                .collect(Collectors.joining());
        String limited = Family.stream()
                .map(family -> entry(family, LIMITED + family.type(), root, false))
                .collect(Collectors.joining());
        return """
                server:
                  request_timeout_s: 30
                security:
                  api_keys: ["${E2E_CLIENT_KEY}"]
                providers:
                %s%s  - id: %s
                    type: azure
                    base_url: "%s/azure/openai/v1"
                    api_style: v1
                    deployments: { gpt-4o: chat-prod }
                    api_keys:
                      - { name: primary, value: "${E2E_AZURE_KEY}" }
                """.formatted(providers, limited, AZURE_V1, root);
    }

    /** One provider entry; Cerebras may take its base URL from the environment instead. */
    private static String entry(Family family, String id, String root, boolean baseUrlFromEnvironment) {
        var entry = new StringBuilder("  - id: %s\n    type: %s\n".formatted(id, family.type()));
        if (!baseUrlFromEnvironment) entry.append("    base_url: \"%s%s\"\n".formatted(root, family.stubPath()));
        entry.append(
                switch (family) {
                    case OPENAI ->
                        "    organization: %s\n    project: %s\n"
                                .formatted(Family.OPENAI_ORGANIZATION, Family.OPENAI_PROJECT);
                    case AZURE ->
                        "    api_version: \"%s\"\n    deployments: %s\n"
                                .formatted(Family.AZURE_API_VERSION, flowMap(Family.AZURE_DEPLOYMENTS));
                    case CEREBRAS -> "    connect_timeout: 5s\n";
                    case COMPATIBLE -> "    max_tokens_field: max_tokens\n    request_timeout: 20s\n";
                });
        entry.append("    api_keys:\n      - { name: primary, value: \"${%s}\" }\n".formatted(family.keyVariable()));
        return entry.toString();
    }

    private static String flowMap(Map<String, String> map) {
        return map.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ", "{ ", " }"));
    }
}

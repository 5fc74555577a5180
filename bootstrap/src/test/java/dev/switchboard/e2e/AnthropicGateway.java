package dev.switchboard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The packaged gateway with two {@code anthropic} providers over one {@link AnthropicUpstream}: {@code claude}, with
 * every setting the type reads ({@code version}, {@code beta}, {@code default_max_tokens}, {@code headers}, timeouts),
 * and {@code claude-limited}, with defaults and a key of its own, which only the rate-limit test uses. Keys reach the
 * configuration as {@code ${VAR}}. The client is the official OpenAI SDK on {@code /v1}, without retries.
 */
final class AnthropicGateway extends StubbedGateway<AnthropicUpstream> {

    static final String PROVIDER = "claude";
    static final String LIMITED_PROVIDER = "claude-limited";
    static final int DEFAULT_MAX_TOKENS = 3000;

    private static final String CLIENT_KEY = "sk-switchboard-e2e-anthropic-client";

    private AnthropicGateway(AnthropicUpstream upstream, PackagedGateway gateway) {
        super(upstream, gateway, CLIENT_KEY);
    }

    /** Starts the stub upstream and the gateway in {@code workDir}; returns once the gateway is ready. */
    static AnthropicGateway start(Path workDir) throws IOException, InterruptedException {
        var upstream = AnthropicUpstream.start();
        try {
            Path config = Files.writeString(workDir.resolve("switchboard.yaml"), yaml(upstream.root()));
            var variables = Map.of(
                    "E2E_CLIENT_KEY", CLIENT_KEY,
                    "E2E_ANTHROPIC_KEY", AnthropicUpstream.KEY,
                    "E2E_ANTHROPIC_LIMITED_KEY", AnthropicUpstream.LIMITED_KEY);
            return new AnthropicGateway(upstream, PackagedGateway.start(workDir, config, variables));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            upstream.close();
            throw e;
        }
    }

    private static String yaml(String root) {
        return """
                server:
                  request_timeout_s: 30
                security:
                  api_keys: ["${E2E_CLIENT_KEY}"]
                providers:
                  - id: %s
                    type: anthropic
                    base_url: "%s"
                    version: "%s"
                    beta: [%s]
                    default_max_tokens: %d
                    headers: { %s: %s }
                    connect_timeout: 5s
                    request_timeout: 20s
                    api_keys:
                      - { name: primary, value: "${E2E_ANTHROPIC_KEY}" }
                  - id: %s
                    type: anthropic
                    base_url: "%s"
                    api_keys:
                      - { name: primary, value: "${E2E_ANTHROPIC_LIMITED_KEY}" }
                """.formatted(
                        PROVIDER,
                        root,
                        AnthropicUpstream.VERSION,
                        AnthropicUpstream.BETA,
                        DEFAULT_MAX_TOKENS,
                        AnthropicUpstream.TEAM_HEADER,
                        AnthropicUpstream.TEAM,
                        LIMITED_PROVIDER,
                        root);
    }
}

package dev.switchboard.e2e;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.time.Duration;

/**
 * The packaged gateway over one stub upstream, with the official OpenAI SDK on {@code /v1} (no retries, 30 s timeout)
 * as its client. Each provider's fixture extends it with the configuration it starts the gateway with.
 */
abstract class StubbedGateway<U extends AutoCloseable> implements AutoCloseable {

    private final U upstream;
    private final PackagedGateway gateway;
    private final OpenAIClient client;

    StubbedGateway(U upstream, PackagedGateway gateway, String clientKey) {
        this.upstream = upstream;
        this.gateway = gateway;
        this.client = OpenAIOkHttpClient.builder()
                .baseUrl(gateway.baseUrl() + "/v1")
                .apiKey(clientKey)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    U upstream() {
        return upstream;
    }

    OpenAIClient client() {
        return client;
    }

    /** What the gateway logged so far, for a failing assertion's message. */
    String log() {
        return gateway.log();
    }

    @Override
    public void close() throws Exception {
        client.close();
        try {
            gateway.close();
        } finally {
            upstream.close();
        }
    }
}

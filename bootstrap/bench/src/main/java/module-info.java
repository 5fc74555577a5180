/**
 * The benchmark behind {@code ./switchboard bench}: a fake OpenAI-compatible upstream
 * ({@code dev.switchboard.bench.upstream.FakeUpstream}) and the measuring side ({@code dev.switchboard.bench.Bench}).
 * JDK only, loopback only; it knows the gateway only as an HTTP address and a process id. Exports nothing: both are
 * started with {@code java -m}.
 */
module dev.switchboard.bench {
    requires static org.jspecify;
    requires java.net.http;
}

package dev.switchboard.bench.upstream;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * A fake OpenAI-compatible upstream for the benchmark, on 127.0.0.1 only: {@code GET /v1/models} and
 * {@code POST /v1/chat/completions}, which answers a fixed completion, or with {@code "stream":true} an SSE stream
 * paced as the model name asks ({@link StreamSpec}). One thread and one selector serve every connection, so it costs
 * a few microseconds of CPU per request and never more than one core.
 *
 * <p>Usage: {@code FakeUpstream [--port N] [--port-file FILE]}; port 0 (the default) picks a free one, which is
 * written to the port file once the server listens. It runs until it is killed.
 */
public final class FakeUpstream {

    private FakeUpstream() {}

    public static void main(String[] args) throws IOException {
        int port = 0;
        @Nullable Path portFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--port-file" -> portFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (var server = ServerSocketChannel.open();
                var selector = Selector.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            int bound = ((InetSocketAddress) server.getLocalAddress()).getPort();
            if (portFile != null) announce(portFile, bound);
            serve(server, selector);
        }
    }

    private static void announce(Path portFile, int port) throws IOException {
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".partial");
        Files.writeString(partial, port + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void serve(ServerSocketChannel server, Selector selector) throws IOException {
        var pacer = new Pacer();
        while (true) {
            long wait = pacer.millisToWait(System.nanoTime());
            if (wait == 0) selector.selectNow();
            else selector.select(Math.max(wait, 0));
            for (var iterator = selector.selectedKeys().iterator(); iterator.hasNext(); ) {
                SelectionKey key = iterator.next();
                iterator.remove();
                if (!key.isValid()) continue;
                if (key.isAcceptable()) accept(server, selector, pacer);
                else if (key.attachment() instanceof UpstreamConnection connection) {
                    if (key.isWritable()) connection.writable();
                    if (key.isValid() && key.isReadable()) connection.readable();
                }
            }
            pacer.runDue(System.nanoTime());
        }
    }

    private static void accept(ServerSocketChannel server, Selector selector, Pacer pacer) throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new UpstreamConnection(channel, key, pacer));
        }
    }
}

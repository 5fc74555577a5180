package dev.switchboard.bootstrap;

import dev.switchboard.bootstrap.config.ConfigException;
import dev.switchboard.bootstrap.config.GatewayConfig;
import dev.switchboard.bootstrap.config.MasterKey;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code serve [--config FILE]}. Logging is set up from LOG_LEVEL, then from the configuration,
 * before anything logs. Exits with 2 when the configuration is wrong (every problem is
 * logged, each naming its key) and 1 when the gateway cannot start.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Logging.configure(env);
        int status = run(List.of(args), env);
        if (status != 0) Runtime.getRuntime().exit(status);
    }

    static int run(List<String> args, Map<String, String> env) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            log().log(Level.ERROR, e.getMessage() + "\n" + Arguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            log().log(Level.INFO, Arguments.USAGE);
            return 0;
        }
        return serve(arguments.config(), env);
    }

    private static int serve(@Nullable Path configFile, Map<String, String> env) {
        GatewayConfig config;
        try {
            config = GatewayConfig.load(configFile, env);
        } catch (ConfigException e) {
            log().log(
                            Level.ERROR,
                            "the configuration has " + e.problems().size() + " problem(s):\n  "
                                    + String.join("\n  ", e.problems()));
            return 2;
        }
        Logging.apply(config.logging().level());
        Server server;
        try {
            server = Server.start(config, MasterKey.resolve(env, MasterKey.DEFAULT_FILE), env);
        } catch (ConfigException e) {
            log().log(Level.ERROR, String.join("\n  ", e.problems()));
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            log().log(Level.ERROR, "Switchboard could not start: " + e.getMessage());
            return 1;
        }
        awaitShutdown(server);
        return 0;
    }

    /** Not a constant: SLF4J's simple logger reads its level once, when the first logger is made, after configuration. */
    private static System.Logger log() {
        return System.getLogger(Main.class.getName());
    }

    private static void awaitShutdown(Server server) {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            log().log(Level.INFO, "Switchboard stopping");
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

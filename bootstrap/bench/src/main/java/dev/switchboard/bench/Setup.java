package dev.switchboard.bench;

import dev.switchboard.bench.load.Target;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What every phase works with: the options, the two targets, the processes to watch, and where results go. Phases
 * run one after the other on the main thread.
 *
 * @param self the bench's own process: the load generator
 */
record Setup(
        Options options,
        Target direct,
        Target gateway,
        ProcessProbe gatewayProcess,
        ProcessProbe upstreamProcess,
        ProcessProbe self,
        List<Table> tables,
        Goals goals,
        PrintStream progress) {

    static Setup of(Options options, PrintStream progress) {
        var direct = Target.at("direct", options.upstream(), "");
        var gateway = Target.at("gateway", options.gateway(), options.provider() + "/");
        long ticks = options.ticksPerSecond();
        return new Setup(
                options,
                direct,
                gateway,
                new ProcessProbe("gateway", options.gatewayPid(), ticks),
                new ProcessProbe("upstream", options.upstreamPid(), ticks),
                new ProcessProbe("bench", ProcessHandle.current().pid(), ticks),
                new ArrayList<>(),
                new Goals(),
                progress);
    }

    void say(String message) {
        progress.println("bench: " + message);
        progress.flush();
    }

    /** Stops the run when the gateway has died: every later figure would be meaningless. */
    void requireGatewayAlive() {
        if (!gatewayProcess.alive()) throw new IllegalStateException("the gateway process has exited");
    }
}

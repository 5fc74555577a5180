package dev.switchboard.bootstrap;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parsed command line. */
record Arguments(boolean help, @Nullable Path config) {

    static final String USAGE = """
            usage: switchboard serve [--config FILE]
              --config FILE   the YAML configuration (default: $SWITCHBOARD_CONFIG, else none: the built-in mock provider)
              --help          this text""";

    static Arguments parse(List<String> args) {
        Path config = null;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "serve" -> {
                    if (i != 0) throw new IllegalArgumentException("'serve' must come first");
                }
                case "--help", "-h", "help" -> help = true;
                case "--config" -> {
                    if (i + 1 >= args.size()) throw new IllegalArgumentException("--config needs a file");
                    config = Path.of(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("--config=")) config = Path.of(arg.substring("--config=".length()));
                    else throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
        }
        return new Arguments(help, config);
    }
}

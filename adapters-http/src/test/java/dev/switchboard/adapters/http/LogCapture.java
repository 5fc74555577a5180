package dev.switchboard.adapters.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Every log line written while open, as the JDK's default {@code System.Logger} backend formats it (message with its
 * parameters, and the stack trace of a throwable): Switchboard's at every level, debug included, and the rest at the
 * levels they would be written at.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger ours = Logger.getLogger("dev.switchboard");
    private final @Nullable Level ourLevel = ours.getLevel();

    LogCapture() {
        setLevel(Level.ALL);
        ours.setLevel(Level.ALL);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(formatter.format(record));
        records.add(record);
    }

    /** The records themselves, for their logger's name and raw message. */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        root.removeHandler(this);
        ours.setLevel(ourLevel);
    }
}

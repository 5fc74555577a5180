package dev.switchboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a process's CPU time and resident memory from {@code /proc} (Linux only): {@code utime + stime} of
 * {@code /proc/<pid>/stat}, which count every thread the process ever had, and {@code VmRSS} of
 * {@code /proc/<pid>/status}. CPU time comes in clock ticks ({@code getconf CLK_TCK}, 100 on Linux), so a figure per
 * request needs a run long enough that 10 ms is small beside it.
 *
 * @param name what the report calls the process
 * @param pid its process id
 * @param ticksPerSecond the kernel's clock ticks per second
 */
record ProcessProbe(String name, long pid, long ticksPerSecond) {

    /** Nanoseconds of CPU the process has used so far, user and system. */
    long cpuNanos() {
        String stat = read("stat");
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / ticksPerSecond;
    }

    /** Resident memory in bytes. */
    long rssBytes() {
        for (String line : read("status").split("\n", -1)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS line for process " + pid);
    }

    boolean alive() {
        return Files.exists(Path.of("/proc", Long.toString(pid)));
    }

    private String read(String file) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/" + pid + "/" + file + " (" + name + ")", e);
        }
    }
}

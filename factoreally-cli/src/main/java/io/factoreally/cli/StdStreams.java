package io.factoreally.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard streams, passed to each command so tests can run the CLI in-process with
 * captured streams. {@code out} carries data (generated records), {@code err} progress and errors.
 *
 * @param in            standard input (records for {@code create --in -})
 * @param out           standard output, raw bytes
 * @param err           standard error, for people
 * @param errIsTerminal whether a person watches {@code err} live (progress bar instead of lines)
 */
public record StdStreams(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {

    /** The real process streams; unbuffered file descriptors so a closed pipe is reported as an error. */
    public static StdStreams system() {
        boolean terminal = stderrIsTerminal() && !"dumb".equals(System.getenv("TERM"));
        return new StdStreams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), terminal);
    }

    /**
     * On Linux, whether file descriptor 2 is a terminal device (so {@code generate > file} still gets a
     * bar); elsewhere {@link System#console()}, which needs standard input and output to be terminals.
     */
    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}

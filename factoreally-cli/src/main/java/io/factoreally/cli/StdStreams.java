package io.factoreally.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new StdStreams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), terminal);
    }
}

package io.factoreally.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of file options before any work starts, so that a wrong path is a usage error (exit 2)
 * naming the option and the file, and no output is touched.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** {@code -}: standard input or output. */
    static boolean isStdio(Path p) {
        return p != null && p.toString().equals("-");
    }

    static void require(CommandSpec spec, Object value, String option) {
        if (value == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing option '" + option + "' (provide via CLI or config file)");
        }
    }

    static void checkReadable(CommandSpec spec, Path file, String option) {
        if (!Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), option + ": file not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), option + ": is a directory, not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), option + ": permission denied: " + file);
        }
    }

    static void checkWritable(CommandSpec spec, Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), option + ": is a directory, not a file: " + file);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), option + ": directory does not exist: " + dir);
        }
    }

    /** Refuses writing the output over an input. */
    static void checkDistinct(CommandSpec spec, Path input, String inOption, Path output, String outOption) {
        boolean same;
        try {
            same = Files.exists(output) ? Files.isSameFile(input, output)
                    : input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
        } catch (IOException e) {
            same = false;
        }
        if (same) {
            throw new ParameterException(spec.commandLine(), outOption + " must not be the same file as " + inOption
                    + " (" + output + ")");
        }
    }
}

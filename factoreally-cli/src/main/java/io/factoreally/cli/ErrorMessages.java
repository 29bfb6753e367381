package io.factoreally.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.factoreally.FactoreallyException;
import io.factoreally.internal.io.JsonErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of the exceptions a command can end with. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return outOfMemory();
            }
            if (c instanceof StackOverflowError) {
                return stackOverflow();
            }
        }
        if (t instanceof FactoreallyException) {
            return t.getMessage();
        }
        if (t instanceof UncheckedIOException u) {
            return u.getMessage() != null ? u.getMessage() : describe(u.getCause());
        }
        if (t instanceof JsonProcessingException j) {
            return json(j, null);
        }
        if (t instanceof NoSuchFileException f) {
            return "file not found: " + f.getFile() + (f.getReason() != null ? " (" + f.getReason() + ")" : "");
        }
        if (t instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (t instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        }
        if (t instanceof IOException) {
            return "I/O error: " + t.getMessage();
        }
        if (t instanceof UnsupportedOperationException) {
            return "not available in this build yet: " + t.getMessage();
        }
        return "internal error: " + t + " (run again with --verbose for the stack trace)";
    }

    /** "FILE: invalid JSON at line L, column C: what was expected", worded as everywhere else. */
    static String json(JsonProcessingException e, String file) {
        String message = JsonErrors.describe(file == null ? "" : file, e);
        return file == null ? message.substring(2) : message;
    }

    static String outOfMemory() {
        return "out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB); give Java more with -Xmx, e.g. FACTOREALLY_JAVA_OPTS=-Xmx4g ./factoreally ...";
    }

    static String stackOverflow() {
        return "input nested too deeply to process (stack overflow); a larger thread stack may help: -Xss16m";
    }
}

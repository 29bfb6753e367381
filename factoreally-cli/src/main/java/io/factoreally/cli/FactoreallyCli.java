package io.factoreally.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code factoreally} command: learns factory specs from sample data ({@code create}), generates
 * records from them ({@code generate}), checks them ({@code inspect}) and measures how close generated
 * records are to real ones ({@code evaluate}).
 *
 * <p>Exit codes: 0 success, 1 failure while working, 2 bad usage.
 */
@Command(name = "factoreally", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CreateCommand.class, GenerateCommand.class, InspectCommand.class, EvaluateCommand.class,
                CommandLine.HelpCommand.class},
        description = "Learns the shape of real JSON records and generates realistic, reproducible test data.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  factoreally create --in users.json --out users.spec.json",
            "  cat users.ndjson | factoreally create --in - --out users.spec.json",
            "  factoreally generate --spec users.spec.json --count 1000 --seed 42",
            "  factoreally inspect users.spec.json",
            "  factoreally evaluate --real users.json --spec users.spec.json",
            "",
            "Exit codes: 0 success, 1 failure while working, 2 bad usage."})
public final class FactoreallyCli implements Runnable {
    private final StdStreams streams;

    @Spec
    CommandSpec spec;

    public FactoreallyCli(StdStreams streams) {
        this.streams = streams;
    }

    /** The streams every sub-command reads and writes. */
    StdStreams streams() {
        return streams;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: create, generate or inspect");
    }

    public static void main(String[] args) {
        System.exit(execute(StdStreams.system(), args));
    }

    /**
     * Runs the command and returns the exit code. JVM errors that picocli lets through (out of memory,
     * stack overflow) become one line with what to do, not a JVM stack dump.
     */
    static int execute(StdStreams streams, String... args) {
        try {
            return commandLine(streams).execute(args);
        } catch (OutOfMemoryError e) {
            streams.err().println("error: " + ErrorMessages.outOfMemory());
            return 1;
        } catch (StackOverflowError e) {
            streams.err().println("error: " + ErrorMessages.stackOverflow());
            return 1;
        }
    }

    /** A fully configured command line on the given streams (used by {@link #main} and in-process tests). */
    public static CommandLine commandLine(StdStreams streams) {
        CommandLine cl = new CommandLine(new FactoreallyCli(streams), new Factory(streams));
        cl.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new ErrorReporter());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        for (CommandLine sub : cl.getSubcommands().values()) {
            // a command's header is its one-line summary in the command list; its own help starts at "Usage:"
            List<String> keys = new ArrayList<>(sub.getHelpSectionKeys());
            keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
            keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
            sub.setHelpSectionKeys(keys);
        }
        return cl;
    }

    /** Creates commands, handing the streams to those that take them. */
    private record Factory(StdStreams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(StdStreams.class);
                return c.newInstance(streams);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}

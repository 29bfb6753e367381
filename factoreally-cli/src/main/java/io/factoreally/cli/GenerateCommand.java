package io.factoreally.cli;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.Overrides;
import io.factoreally.internal.io.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code factoreally generate}: streams records from a spec to standard output or a file. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Generates records from a spec, reproducibly for a seed.",
        description = {"Generates records from a factory spec, streamed one by one (any count, constant memory).",
            "The same spec, seed and --set options give byte-identical output on every run and machine.",
            "A file given with --out is written atomically: a failed run leaves no partial file."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  factoreally generate --spec users.spec.json --count 10 --seed 42 --pretty",
            "  factoreally generate --spec users.spec.json --count 1000000 --seed 7 \\",
            "      --out users.ndjson",
            "  factoreally generate --spec users.spec.json --count 5 \\",
            "      --set role=admin --set 'tags=[\"a\"]' --set nickname=null",
            "  factoreally generate --spec users.spec.json -n 100 --format ndjson | jq .email"})
final class GenerateCommand implements Callable<Integer> {
    /** Counts from which a file output gets a progress display. */
    static final long PROGRESS_FROM = 10_000;

    private final StdStreams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--spec", paramLabel = "FILE", description = "The factory spec.")
    Path specFile;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "How many records.")
    Long count;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: random, printed on standard error).")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a field: the value is a JSON literal when it parses as one (42, true, null, "
                    + "[\"a\"]), else a string. Repeatable; later ones win.")
    List<String> sets;

    @Option(names = "--out", paramLabel = "FILE|-", defaultValue = "-",
            description = "Output file, or - for standard output (default).")
    Path out;

    @Option(names = "--format", paramLabel = "json|ndjson",
            description = "json: one array; ndjson: one record per line. Default: ndjson for *.ndjson/*.jsonl "
                    + "files, json otherwise.")
    RecordWriter.Format format;

    @Option(names = "--pretty", description = "Indent the JSON (not with ndjson).")
    boolean pretty;

    @Option(names = {"--config", "--cli"}, paramLabel = "FILE", description = "JSON object of defaults for any option.")
    Path config;

    @Option(names = {"-q", "--quiet"}, description = "No seed line and no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces on errors.")
    boolean verbose;

    @Option(names = "--progress-interval-ms", hidden = true, defaultValue = "2000",
            description = "Time between plain progress lines when standard error is not a terminal.")
    long progressIntervalMs;

    GenerateCommand(StdStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        ConfigDefaults.apply(spec, config);
        InputFiles.require(spec, specFile, "--spec");
        InputFiles.require(spec, count, "--count");
        InputFiles.checkReadable(spec, specFile, "--spec");
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must be 0 or more, not " + count);
        }
        boolean stdout = InputFiles.isStdio(out);
        if (!stdout) {
            InputFiles.checkWritable(spec, out, "--out");
            InputFiles.checkDistinct(spec, specFile, "--spec", out, "--out");
        }
        RecordWriter.Format fmt = format != null ? format : defaultFormat(out);
        if (pretty && fmt == RecordWriter.Format.NDJSON) {
            throw new ParameterException(spec.commandLine(), "--pretty cannot be used with ndjson (one record per line)");
        }

        Factory factory = Factory.of(FactorySpec.read(specFile));
        if (sets != null && !sets.isEmpty()) {
            factory = factory.with(Overrides.parse(sets.toArray(String[]::new)));
        }
        factory = seed != null ? factory.seed(seed) : factory;
        if (!quiet && seed == null) {
            streams.err().println("seed: " + factory.seed() + " (repeat this output with --seed " + factory.seed() + ")");
        }
        Factory f = factory;
        if (stdout) {
            try {
                writeAll(f, streams.out(), fmt, Progress.NONE);
            } catch (IOException e) {
                if (isBrokenPipe(e)) {
                    return 0; // the reader went away (| head): not an error
                }
                throw e;
            }
        } else {
            try (Progress progress = count >= PROGRESS_FROM
                    ? Progress.start(streams, quiet, "generate", Progress.Unit.RECORDS, count,
                            Duration.ofMillis(progressIntervalMs))
                    : Progress.NONE) {
                AtomicFile.write(out, os -> writeAll(f, os, fmt, progress));
            }
        }
        return 0;
    }

    private void writeAll(Factory factory, OutputStream target, RecordWriter.Format fmt, Progress progress)
            throws IOException {
        OutputStream buffered = new BufferedOutputStream(target, 1 << 16);
        try (RecordWriter writer = new RecordWriter(buffered, fmt, pretty)) {
            for (long i = 0; i < count; i++) {
                writer.write(factory.recordAt(i));
                if ((i & 1023) == 1023) {
                    progress.update(i + 1, i + 1);
                }
            }
        }
        buffered.flush();
    }

    private static RecordWriter.Format defaultFormat(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl") ? RecordWriter.Format.NDJSON : RecordWriter.Format.JSON;
    }

    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("broken pipe");
    }
}

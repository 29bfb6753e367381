package io.factoreally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.Fidelity;
import io.factoreally.FidelityReport;
import io.factoreally.internal.evaluate.RecordFiles;
import io.factoreally.internal.io.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code factoreally evaluate}: how close generated records are to the real ones, per field and per
 * pair of fields, next to what one half of the real records scores against the other half.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compares generated records with real ones: per field (presence, nulls, distribution shape, "
                + "formats) and per pair of fields (rank correlation, contingency tables, a category against a "
                + "number's ranks, joint presence, a category against nulls), with a baseline of one random half of "
                + "the real records against the other half (the mean over 8 random splits).",
            "With --spec it generates the records itself (as many as the real ones unless --count is given); "
                + "with --synthetic it reads them. Records: a JSON array of objects or NDJSON.",
            "The report is deterministic: the same inputs and --seed give the same report."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  factoreally evaluate --real users.json --spec users.spec.json",
            "  factoreally evaluate --real users.json --synthetic generated.ndjson --html report.html",
            "  factoreally evaluate --real users.json --spec users.spec.json --seed 7 --format json | jq .summary"})
final class EvaluateCommand implements Callable<Integer> {
    /** Report formats on standard output. */
    enum Format { TEXT, JSON }

    private final StdStreams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--real", paramLabel = "FILE|-", description = "The real records; - reads standard input.")
    Path real;

    @Option(names = "--spec", paramLabel = "FILE", description = "Generate the records to evaluate from this spec.")
    Path specFile;

    @Option(names = "--synthetic", paramLabel = "FILE", description = "Or read the records to evaluate from this file.")
    Path synthetic;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the generation (with --spec) and of the half-versus-half split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-n", "--count"}, paramLabel = "N",
            description = "How many records to generate with --spec (default: as many as there are real records).")
    Integer count;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "50",
            description = "How many pairs of fields to measure, the most associated in the real records first "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxPairs;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a self-contained HTML report with a chart per field (written atomically).")
    Path html;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report on standard output: text (aligned tables, default) or json.")
    Format format;

    @Option(names = {"--config", "--cli"}, paramLabel = "FILE", description = "JSON object of defaults for any option.")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces on errors.")
    boolean verbose;

    EvaluateCommand(StdStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        ConfigDefaults.apply(spec, config);
        InputFiles.require(spec, real, "--real");
        if ((specFile == null) == (synthetic == null)) {
            throw new ParameterException(spec.commandLine(), specFile == null
                    ? "Missing option: give --spec (generate the records) or --synthetic (read them)"
                    : "--spec and --synthetic cannot be used together");
        }
        if (count != null && specFile == null) {
            throw new ParameterException(spec.commandLine(), "--count needs --spec (it sets how many records to generate)");
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, not " + count);
        }
        if (maxPairs < 0) {
            throw new ParameterException(spec.commandLine(), "--pairs must be 0 or more, not " + maxPairs);
        }
        boolean stdin = InputFiles.isStdio(real);
        if (!stdin) {
            InputFiles.checkReadable(spec, real, "--real");
        }
        Path other = specFile != null ? specFile : synthetic;
        String otherOption = specFile != null ? "--spec" : "--synthetic";
        InputFiles.checkReadable(spec, other, otherOption);
        if (html != null) {
            InputFiles.checkWritable(spec, html, "--html");
            if (!stdin) {
                InputFiles.checkDistinct(spec, real, "--real", html, "--html");
            }
            InputFiles.checkDistinct(spec, other, otherOption, html, "--html");
        }

        List<JsonNode> realRecords = stdin ? RecordFiles.read(streams.in(), "<stdin>") : RecordFiles.read(real);
        List<?> syntheticRecords = specFile != null
                ? generate(FactorySpec.read(specFile), count != null ? count : realRecords.size())
                : RecordFiles.read(synthetic);
        FidelityReport report = Fidelity.evaluate(realRecords, syntheticRecords, seed, maxPairs);

        if (html != null) {
            byte[] page = report.toHtml().getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(html, os -> os.write(page));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(format == Format.JSON ? report.toJson() : report.toText());
        if (html != null && format == Format.TEXT) {
            w.println();
            w.println("HTML report: " + html);
        }
        w.flush();
        return 0;
    }

    private List<Map<String, Object>> generate(FactorySpec factorySpec, int n) {
        Factory factory = Factory.of(factorySpec).seed(seed);
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(factory.recordAt(i));
        }
        return out;
    }
}

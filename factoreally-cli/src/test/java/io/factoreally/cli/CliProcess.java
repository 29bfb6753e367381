package io.factoreally.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jar as a real process ({@code java -jar target/factoreally.jar ...}). */
final class CliProcess {
    static final Path JAR = Path.of(System.getProperty("factoreally.jar", "target/factoreally.jar")).toAbsolutePath();
    /** The bundled penguins data and its spec (see src/test/resources/README). */
    static final Path PENGUINS = Path.of("src/test/resources/penguins.json").toAbsolutePath();
    static final Path PENGUINS_SPEC = Path.of("src/test/resources/penguins.spec.json").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** Exit code, standard output bytes and standard error text. */
    record Result(int exit, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private CliProcess() {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, null, List.of(), args);
    }

    /**
     * @param stdin   file fed to standard input, or null for none
     * @param jvmArgs extra JVM options (e.g. -Xmx64m)
     */
    static Result run(Path workDir, Path stdin, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("factoreally-it", ".out");
        Path err = Files.createTempFile("factoreally-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin != null) {
                pb.redirectInput(stdin.toFile());
            }
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Copies the penguins data and spec into a test's working directory. */
    static void copyPenguins(Path dir) throws IOException {
        Files.copy(PENGUINS, dir.resolve("penguins.json"));
        Files.copy(PENGUINS_SPEC, dir.resolve("penguins.spec.json"));
    }
}

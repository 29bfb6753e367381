package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.Fidelity;
import io.factoreally.FidelityReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders the HTML report in headless Chromium (no Selenium: {@code --dump-dom} prints the DOM after
 * parsing and layout) and checks that every field's chart is there with its bars, and that data made
 * to look like markup stayed text. Skipped when {@code /usr/bin/chromium} is not installed (Debian
 * packages chromium and chromium-driver; {@code .ci/run} installs them).
 */
class HtmlReportChromiumTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("factoreally.chromium", "/usr/bin/chromium"));

    @TempDir
    Path tmp;

    @BeforeEach
    void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM),
                CHROMIUM + " is not installed: apt-get install chromium chromium-driver to run this test");
    }

    @Test
    void chartsRenderForEveryField() throws Exception {
        List<JsonNode> penguins = RecordFiles.read(Path.of("../../shared/data/penguins.json"));
        FidelityReport report = Fidelity.evaluate(penguins, penguins.subList(0, 172));
        String dom = render(report.toHtml());

        assertThat(dom).contains("<h1>Fidelity report</h1>");
        List<String> svgs = all(dom, "<svg[^>]*>.*?</svg>");
        assertThat(svgs).hasSize(report.fields().size());
        for (String svg : svgs) {
            // at least one real and one synthetic bar with a positive height
            assertThat(svg).containsPattern("<rect class=\"bar real\"[^>]* height=\"(?!0\\.0\")[0-9.]+\"");
            assertThat(svg).containsPattern("<rect class=\"bar synthetic\"[^>]* height=\"(?!0\\.0\")[0-9.]+\"");
        }
        for (FidelityReport.FieldResult f : report.fields()) {
            assertThat(dom).contains("<h3>" + Html.escape(f.path()) + "</h3>");
        }
        assertThat(all(dom, "<tr[ >]")).hasSize(report.pairs().size() + 1 + 4); // pair rows + header, summary table
    }

    @Test
    void dataStaysTextInTheBrowser() throws Exception {
        FidelityReport report = Fidelity.evaluate(ReportsTest.hostile(), ReportsTest.hostile().subList(0, 10));
        String dom = render(report.toHtml());
        assertThat(dom).doesNotContainIgnoringCase("<script").doesNotContain("<img");
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(all(dom, "<svg[^>]*>")).hasSize(report.fields().size());
    }

    private String render(String html) throws IOException, InterruptedException {
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html);
        Path out = tmp.resolve("dom.html");
        Path err = tmp.resolve("chromium.err");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom", page.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(err));
        }
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return Files.readString(out);
    }

    private static List<String> all(String s, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(s);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

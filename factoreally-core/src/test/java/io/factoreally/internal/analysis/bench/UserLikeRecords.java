package io.factoreally.internal.analysis.bench;

import io.factoreally.internal.generate.Rng;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes NDJSON records like {@code shared/data/users.json} of a given size: the 1000 real-shaped
 * records in turn, each with a fresh seeded id and e-mail number, so values keep realistic
 * cardinalities (unique ids, many distinct e-mails) at any size.
 */
public final class UserLikeRecords {
    private UserLikeRecords() {
    }

    public static void write(Path users, Path out, long bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(users, StandardCharsets.UTF_8)) {
            String t = l.trim();
            if (t.startsWith("{")) {
                lines.add(t.endsWith(",") ? t.substring(0, t.length() - 1) : t);
            }
        }
        Rng rng = new Rng(42);
        long written = 0;
        long i = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                String line = lines.get((int) (i++ % lines.size()));
                int id = line.indexOf("\"id\": \"");
                if (id >= 0) {
                    String uuid = uuid(rng);
                    line = line.substring(0, id + 7) + uuid + line.substring(id + 7 + 36);
                }
                line = line.replaceFirst("(\"email\": \"[a-z]+\\.[a-z]+)\\d+@", "$1" + rng.nextInt(100_000) + "@");
                w.write(line);
                w.write('\n');
                written += line.length() + 1;
            }
        }
    }

    private static String uuid(Rng rng) {
        String h = String.format("%016x%016x", rng.nextLong(), rng.nextLong());
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a" + h.substring(17, 20)
                + "-" + h.substring(20, 32);
    }
}

package io.factoreally.internal.evaluate;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
final class TextTable {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, boolean... rightAligned) {
        this.header = header;
        this.right = rightAligned;
    }

    void row(List<String> cells) {
        rows.add(cells);
    }

    void appendTo(StringBuilder b) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(b, header, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(b, rule, width);
        for (List<String> r : rows) {
            line(b, r, width);
        }
    }

    private void line(StringBuilder b, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            if (i > 0) {
                l.append("  ");
            }
            l.append(i < right.length && right[i] ? pad + c : c + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}

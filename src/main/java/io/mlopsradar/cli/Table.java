package io.mlopsradar.cli;

import java.util.List;

/** Plain-text table with columns padded to their widest cell. */
final class Table {
    private Table() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) width[i] = header.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], String.valueOf(row.get(i)).length());
        }
        var sb = new StringBuilder();
        line(sb, header, width);
        for (int i = 0; i < width.length; i++) sb.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        sb.append('\n');
        for (List<String> row : rows) line(sb, row, width);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        var l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = String.valueOf(cells.get(i));
            l.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(width[i] - c.length()));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}

package io.mlopsradar.formats.internal;

import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.List;

/** One row (CSV record, JSON object, Markdown file) being read, collecting its problems. */
public final class Row {
    private final String file;
    private final int line;
    private final String prefix;
    private final List<Problem> problems;

    /** @param prefix put before field names, such as "entries[3]." for JSON */
    public Row(String file, int line, String prefix) {
        this(file, line, prefix, new ArrayList<>());
    }

    private Row(String file, int line, String prefix, List<Problem> problems) {
        this.file = file;
        this.line = line;
        this.prefix = prefix == null ? "" : prefix;
        this.problems = problems;
    }

    /** The same row seen from another line (a field inside it), sharing its problems. */
    public Row atLine(int otherLine) {
        return new Row(file, otherLine, prefix, problems);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String prefix() {
        return prefix;
    }

    public void problem(String field, String message) {
        problems.add(new Problem(file, line, prefix + field, message));
    }

    /** The live list, for {@link io.mlopsradar.input.Fields} to add to. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

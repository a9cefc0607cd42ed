package io.mlopsradar.formats.internal;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the fate of each row: a row with problems fails the import, or under lenient mode is skipped and listed.
 * Problems with the file as a whole always fail it.
 */
public final class ImportLog {
    private final boolean lenient;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();
    private int rows;
    private int accepted;

    public ImportLog(boolean lenient) {
        this.lenient = lenient;
    }

    public void fail(Problem problem) {
        errors.add(problem);
    }

    /** Lists a row that is left out on purpose, whatever the mode (an inactive entry, say). */
    public void leaveOut(Problem problem) {
        skipped.add(problem);
    }

    /** True when the row has no problems; otherwise records them as errors or, when lenient, as skipped. */
    public boolean accept(Row row) {
        rows++;
        if (row.ok()) {
            accepted++;
            return true;
        }
        (lenient ? skipped : errors).addAll(row.problems());
        return false;
    }

    public List<Problem> skipped() {
        return List.copyOf(skipped);
    }

    /** Throws the errors found; also refuses a file whose every row was skipped, which would import nothing. */
    public void throwIfFailed() {
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        if (rows > 0 && accepted == 0) {
            Problem first = skipped.get(0);
            throw new InvalidInputException(new Problem(first.file(), first.line(), first.field(), first.message()
                    + " (every row was left out: " + skipped.size() + " problems; nothing imported)"));
        }
    }
}

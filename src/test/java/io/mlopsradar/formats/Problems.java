package io.mlopsradar.formats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the problems an import reports. */
public final class Problems {
    private Problems() {
    }

    public static List<Problem> of(ThrowingCallable read) {
        var holder = new Object() {
            List<Problem> problems;
        };
        assertThatThrownBy(read).isInstanceOfSatisfying(InvalidInputException.class, e -> holder.problems = e.problems());
        return holder.problems;
    }
}

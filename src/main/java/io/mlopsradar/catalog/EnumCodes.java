package io.mlopsradar.catalog;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps the lowercase codes used in files to enum constants. */
final class EnumCodes {
    private EnumCodes() {
    }

    static <E> E of(E[] values, Function<E, String> code, String text) {
        for (E e : values) if (code.apply(e).equalsIgnoreCase(text)) return e;
        throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", codes(values, code)));
    }

    static <E> Set<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}

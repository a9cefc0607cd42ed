package io.mlopsradar.cli;

import java.time.Duration;
import java.time.Period;

/** Reads ages such as {@code 365d}, {@code 8w}, {@code 2y} and intervals such as {@code 24h}, {@code 30m}, {@code 1d}. */
final class Ages {
    private Ages() {
    }

    static Period period(String option, String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)([dwy])").matcher(text == null ? "" : text.trim());
        if (!m.matches()) throw new BadInputException(option + ": '" + text + "' is not an age like 365d, 8w or 2y");
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            default -> Period.ofYears(n);
        };
    }

    static Duration duration(String option, String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)([smhd])").matcher(text == null ? "" : text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new BadInputException(option + ": '" + text + "' is not an interval like 24h, 30m or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}

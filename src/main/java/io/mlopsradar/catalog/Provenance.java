package io.mlopsradar.catalog;

import java.time.LocalDate;
import java.time.Period;

/** Where a fact was read (a URL or a dataset credited in SOURCES.md) and the day it was read there. */
public record Provenance(String source, LocalDate asOf) {

    public Provenance {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("a fact's source is required");
        if (asOf == null) throw new IllegalArgumentException("a fact's as-of date is required");
    }

    /** True when the fact was read longer ago than {@code maxAge} before {@code today}. */
    public boolean staleOn(LocalDate today, Period maxAge) {
        return asOf.plus(maxAge).isBefore(today);
    }

    /** Whole days between reading the fact and {@code today}. */
    public long ageInDays(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(asOf, today);
    }

    /** True when the source is a web address rather than a dataset's name. */
    public boolean isUrl() {
        return source.startsWith("https://") || source.startsWith("http://");
    }
}

package io.mlopsradar.proposals;

import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A radar's next draft edition: the draft after the latest published edition if there is one, otherwise a new draft
 * copying the latest published edition, dated today or the day after the latest edition (one edition per day).
 */
public final class Draft {
    private Draft() {
    }

    /** The existing draft edition to change, if the radar has one after its latest published edition. */
    public static Optional<Edition> existing(History history) {
        List<Edition> all = history.editions();
        if (all.isEmpty()) return Optional.empty();
        Edition last = all.stream().max(java.util.Comparator.comparing(Edition::date)).orElseThrow();
        return last.isPublished() ? Optional.empty() : Optional.of(last);
    }

    /** The draft to apply proposals to: the existing one, or a new one. */
    public static Edition next(History history, LocalDate today) {
        return existing(history).orElseGet(() -> {
            var latest = history.editions().stream().map(Edition::date).max(LocalDate::compareTo);
            LocalDate date = latest.filter(d -> !d.isBefore(today)).map(d -> d.plusDays(1)).orElse(today);
            return Edition.draft(date, history.latestPublished().map(Edition::blips).orElse(List.of()));
        });
    }
}

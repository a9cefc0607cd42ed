package io.mlopsradar.formats.backstage;

import io.mlopsradar.editions.Blip;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One Backstage entry as read: its identity and its timeline, in whatever order the file gave it. */
record BackstageEntry(String key, String title, String segment, List<Step> timeline) {

    /** One timeline item: from this date the entry sits on this ring with this note. */
    record Step(LocalDate date, String ring, String note) {
    }

    /** The entry as it stood on the date: its latest step at or before it, if any. */
    Optional<Blip> on(LocalDate date) {
        return timeline.stream().filter(s -> !s.date().isAfter(date)).max(Comparator.comparing(Step::date))
                .map(s -> new Blip(key, title, s.ring(), segment, s.note()));
    }
}

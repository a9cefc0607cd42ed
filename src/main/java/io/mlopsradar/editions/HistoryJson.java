package io.mlopsradar.editions;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The documented JSON shapes of a radar's history (radars, edition summaries, editions with their blips' movements,
 * diffs and timelines) as records with snake_case keys, shared by the command line, the HTTP API and the static site.
 */
public final class HistoryJson {
    private HistoryJson() {
    }

    /** A radar with how many editions it has, its latest edition and its latest published edition. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RadarJson(String name, String title, List<String> segments, List<String> rings, int editions,
                            LocalDate latest, LocalDate latestPublished) {
    }

    /** A radar with the summary of each of its editions. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RadarEditionsJson(@JsonUnwrapped RadarJson radar, List<SummaryJson> editionsList) {
    }

    /** An edition's date, status, blip count and how many blips came, moved, left and returned. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SummaryJson(LocalDate date, String status, int blips, @JsonProperty("new") long newBlips, long movedIn,
                              long movedOut, long removed, long returned) {

        /** How many blips moved this way ({@link Movement#CHANGES} only). */
        public long count(Movement kind) {
            return switch (kind) {
                case NEW -> newBlips;
                case MOVED_IN -> movedIn;
                case MOVED_OUT -> movedOut;
                case REMOVED -> removed;
                case RETURNED -> returned;
                case UNCHANGED -> throw new IllegalArgumentException("a summary does not count unchanged blips");
            };
        }
    }

    /** An edition's summary with its blips (with movement) and, apart, the blips it removed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EditionJson(@JsonUnwrapped SummaryJson summary, List<MovementJson> entries,
                              List<MovementJson> removedEntries) {
    }

    /** A draft edition with the version an edit must name and, once a published edition exists, the changes since it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DraftJson(@JsonUnwrapped EditionJson edition, int version,
                            @JsonInclude(NON_NULL) DiffJson changesSincePublished) {
    }

    /** One blip with its movement; for a removed blip, the ring is the one it left from. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MovementJson(String key, String name, String ring, String segment, String movement, String previousRing,
                               LocalDate returnedFrom, String note) {
    }

    /** What changed between two editions. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DiffJson(LocalDate from, LocalDate to, List<BlipJson> added, List<BlipJson> removed,
                           List<ChangeJson> movedIn, List<ChangeJson> movedOut, int unchanged) {
    }

    /** A blip as a diff lists it. */
    public record BlipJson(String key, String name, String ring, String segment) {
    }

    /** A blip that changed ring, with the ring it came from. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ChangeJson(String key, String name, String ring, String segment, String fromRing) {
    }

    /** One blip's ring on each edition it was on. */
    public record TimelineJson(String radar, String key, List<StepJson> entries) {
    }

    /** The blip on one edition. */
    public record StepJson(LocalDate date, String ring, String movement, String note) {
    }

    public static RadarJson overview(History history) {
        Radar r = history.radar();
        List<Edition> all = history.editions();
        return new RadarJson(r.name(), r.title(), r.segments(), r.rings(), all.size(),
                all.isEmpty() ? null : all.get(all.size() - 1).date(), history.latestPublished().map(Edition::date).orElse(null));
    }

    public static RadarEditionsJson withEditions(History history) {
        return new RadarEditionsJson(overview(history), summaries(history));
    }

    public static SummaryJson summary(Edition edition, List<BlipMovement> movements) {
        return new SummaryJson(edition.date(), edition.status().name().toLowerCase(Locale.ROOT), edition.blips().size(),
                count(movements, Movement.NEW), count(movements, Movement.MOVED_IN), count(movements, Movement.MOVED_OUT),
                count(movements, Movement.REMOVED), count(movements, Movement.RETURNED));
    }

    private static long count(List<BlipMovement> movements, Movement kind) {
        return movements.stream().filter(b -> b.movement() == kind).count();
    }

    public static List<SummaryJson> summaries(History history) {
        return history.editions().stream().map(e -> summary(e, history.movements(e.date()))).toList();
    }

    public static MovementJson movement(BlipMovement b) {
        Blip blip = b.blip();
        return new MovementJson(blip.key(), blip.name(), blip.ring(), blip.segment(), b.movement().id(), b.previousRing(),
                b.returnedFrom(), blip.note());
    }

    public static EditionJson edition(History history, LocalDate date) {
        List<BlipMovement> movements = history.movements(date);
        return new EditionJson(summary(history.edition(date), movements),
                movements.stream().filter(b -> b.movement() != Movement.REMOVED).map(HistoryJson::movement).toList(),
                movements.stream().filter(b -> b.movement() == Movement.REMOVED).map(HistoryJson::movement).toList());
    }

    /** The draft edition on that date, with its stored version. */
    public static DraftJson draft(History history, LocalDate date, int version) {
        return new DraftJson(edition(history, date), version, history.latestPublished()
                .map(pub -> diff(pub.date(), date, history.diff(pub.date(), date))).orElse(null));
    }

    public static DiffJson diff(LocalDate from, LocalDate to, EditionDiff diff) {
        return new DiffJson(from, to, diff.added().stream().map(HistoryJson::blip).toList(),
                diff.removed().stream().map(HistoryJson::blip).toList(), diff.movedIn().stream().map(HistoryJson::change).toList(),
                diff.movedOut().stream().map(HistoryJson::change).toList(), diff.unchanged().size());
    }

    public static TimelineJson timeline(Radar radar, String key, List<TimelineEntry> entries) {
        return new TimelineJson(radar.name(), key, entries.stream()
                .map(e -> new StepJson(e.date(), e.ring(), e.movement().id(), e.note())).toList());
    }

    private static BlipJson blip(Blip b) {
        return new BlipJson(b.key(), b.name(), b.ring(), b.segment());
    }

    private static ChangeJson change(RingChange c) {
        Blip b = c.blip();
        return new ChangeJson(b.key(), b.name(), b.ring(), b.segment(), c.fromRing());
    }
}

package io.mlopsradar.web;

import java.util.List;

/** The records the radar editions page and the compare page read. */
public final class EditionViews {
    private EditionViews() {
    }

    /** One edition on the editions page, with links to its radar and to its comparison with the edition before. */
    public record EditionLine(String date, String status, int blips, long added, long movedIn, long movedOut, long removed,
                              long returned, String radarHref, String pictureHref, String compareHref) {
    }

    /** A radar's editions, newest first. */
    public record EditionsPage(String name, String title, List<EditionLine> editions) {
    }

    /** One blip that came, went or moved between two editions. */
    public record Change(String name, String segment, String fromRing, String toRing, String href) {
    }

    /** Two editions of a radar side by side: what came, what went, what moved, and the form to pick others. */
    public record ComparePage(String name, String title, String from, String to, List<String> dates, List<Change> added,
                              List<Change> removed, List<Change> movedIn, List<Change> movedOut, int unchanged) {

        public boolean nothingChanged() {
            return added.isEmpty() && removed.isEmpty() && movedIn.isEmpty() && movedOut.isEmpty();
        }
    }
}

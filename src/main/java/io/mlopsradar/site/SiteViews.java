package io.mlopsradar.site;

import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Movement;
import java.time.LocalDate;
import java.util.List;

/** The records the static site's templates (src/main/jte/site) read: plain text that the templates escape, and pictures and notes already made safe. */
public final class SiteViews {
    private SiteViews() {
    }

    /** A relative link. */
    public record Link(String href, String label) {
    }

    /** A movement marker: its id (for the colour class), its word and the ring it came from, if any. */
    public record Mark(String id, String label, String from) {

        /** The marker on an edition's list: the word, with the earlier ring when the blip moved. */
        static Mark of(BlipMovement m) {
            String id = m.movement().id();
            return new Mark(id, id.replace('-', ' '),
                    m.previousRing() != null && m.movement() != Movement.UNCHANGED ? m.previousRing() : null);
        }
    }

    /** One blip on an edition's list. */
    public record BlipRow(Link blip, String ring, String segment, Mark movement) {

        static BlipRow of(BlipMovement m, String root) {
            return new BlipRow(new Link(root + "tools/" + SiteData.toolFile(m.key()), m.blip().name()), m.blip().ring(),
                    m.blip().segment(), Mark.of(m));
        }
    }

    /** The front page: the latest edition. {@code svg} is the drawn radar, escaped by the drawing code. */
    public record Front(String title, LocalDate latest, String editionHref, int editions, String svg, List<BlipRow> blips) {
    }

    /** One line of the list of editions; {@code changes} follow {@link Movement#CHANGES}. */
    public record EditionRow(Link edition, String status, int blips, List<Long> changes) {
    }

    /** The list of editions. */
    public record EditionList(String title, List<String> changeLabels, List<EditionRow> editions) {
    }

    /** A blip removed in an edition, with the ring it had. */
    public record Removed(Link blip, String previousRing) {
    }

    /** One edition: its picture, blips and removals, and links to its neighbours. */
    public record EditionPage(String title, LocalDate date, boolean published, List<Link> neighbours, String svg,
                              List<BlipRow> blips, List<Removed> removed) {
    }

    /** One line of the index of blips: how many editions had it. */
    public record BlipIndexRow(Link blip, String segment, long editions) {
    }

    /** The index of every blip ever on the radar. */
    public record BlipIndex(String title, List<BlipIndexRow> blips) {
    }

    /** One catalogue fact; {@code href} is set only for http and https links. */
    public record Fact(String label, String text, String href) {
    }

    /** One line of a blip's ring history; {@code ring} is null when removed, {@code noteHtml} is sanitised Markdown. */
    public record HistoryRow(Link edition, String ring, Mark movement, String noteHtml) {
    }

    /** A blip's page; {@code description} and {@code facts} are empty when it is no catalogue tool. */
    public record BlipPage(String name, String segment, String description, List<Fact> facts, List<HistoryRow> history,
                           String timelineSvg) {
    }

    /** One ring of the rings page with its strategy (may be null) and blips. */
    public record RingCard(String name, String strategy, List<BlipRow> blips) {
    }

    /** The rings page. */
    public record Rings(LocalDate latest, List<RingCard> rings) {
    }

    /** The landscape page. */
    public record Landscape(LocalDate latest, int tools, String svg) {
    }
}

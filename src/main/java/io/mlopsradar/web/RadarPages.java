package io.mlopsradar.web;

import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.EditionDiff;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.web.EditionViews.Change;
import io.mlopsradar.web.EditionViews.ComparePage;
import io.mlopsradar.web.EditionViews.EditionLine;
import io.mlopsradar.web.EditionViews.EditionsPage;
import io.mlopsradar.text.Urls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the views of a stored radar's editions page and compare page. */
final class RadarPages {
    private RadarPages() {
    }

    static EditionsPage editions(History h) {
        String name = h.radar().name();
        var lines = new ArrayList<EditionLine>();
        List<Edition> all = h.editions();
        for (int i = all.size() - 1; i >= 0; i--) {
            Edition e = all.get(i);
            List<BlipMovement> m = h.movements(e.date());
            String compare = i == 0 ? null : "/radars/" + enc(name) + "/compare?from=" + all.get(i - 1).date() + "&to=" + e.date();
            lines.add(new EditionLine(e.date().toString(), e.isPublished() ? "published" : "draft", e.blips().size(),
                    count(m, Movement.NEW), count(m, Movement.MOVED_IN), count(m, Movement.MOVED_OUT), count(m, Movement.REMOVED),
                    count(m, Movement.RETURNED), "/radar?radar=" + enc(name) + "&edition=" + e.date(),
                    "/api/v1/radars/" + enc(name) + "/editions/" + e.date() + "/radar.svg", compare));
        }
        return new EditionsPage(name, h.radar().title(), lines);
    }

    /** The two dates to compare: the ones given, else the edition before the latest and the latest. */
    static String[] defaultPair(History h, String from, String to) {
        List<Edition> all = h.editions();
        if (all.isEmpty()) throw new java.util.NoSuchElementException("radar '" + h.radar().name() + "' has no editions");
        String last = all.get(all.size() - 1).date().toString();
        String before = all.get(Math.max(0, all.size() - 2)).date().toString();
        return new String[] {blank(from) ? before : from, blank(to) ? last : to};
    }

    static ComparePage compare(History h, LocalDate from, LocalDate to) {
        EditionDiff d = h.diff(from, to);
        String name = h.radar().name();
        return new ComparePage(name, h.radar().title(), from.toString(), to.toString(),
                h.editions().stream().map(e -> e.date().toString()).toList(),
                d.added().stream().map(b -> new Change(b.name(), b.segment(), null, b.ring(), timeline(name, b.key()))).toList(),
                d.removed().stream().map(b -> new Change(b.name(), b.segment(), b.ring(), null, timeline(name, b.key()))).toList(),
                d.movedIn().stream().map(c -> new Change(c.blip().name(), c.blip().segment(), c.fromRing(), c.blip().ring(),
                        timeline(name, c.blip().key()))).toList(),
                d.movedOut().stream().map(c -> new Change(c.blip().name(), c.blip().segment(), c.fromRing(), c.blip().ring(),
                        timeline(name, c.blip().key()))).toList(),
                d.unchanged().size());
    }

    /** The blip's page: catalogue facts when it is a catalogue tool, and always its history on this radar. */
    private static String timeline(String radar, String key) {
        return "/tools/" + enc(key) + "?radar=" + enc(radar);
    }

    private static long count(List<BlipMovement> m, Movement kind) {
        return m.stream().filter(b -> b.movement() == kind).count();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String enc(String s) {
        return Urls.encode(s);
    }
}

package io.mlopsradar.web;

import io.mlopsradar.text.Urls;
import io.javalin.http.Context;
import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.DefaultRadar;
import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Movement;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.pictures.HistoryPictures;
import io.mlopsradar.drawing.RadarSvg;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.ToolFilter;
import io.mlopsradar.web.Views.Row;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One edition of one radar as the radar page shows it: chosen by {@code ?radar=} (default the MLOps radar) and
 * {@code ?edition=} (default the latest published), filtered like the tool list, with movement against the history.
 */
record RadarView(History history, LocalDate date, ToolFilter filter, List<BlipMovement> shown, List<BlipMovement> removed,
                 Map<String, AssessedTool> tools) {

    static RadarView of(ServedData site, Context ctx) {
        String name = Filters.blankToNull(ctx.queryParam("radar"));
        History history = site.history(name == null ? DefaultRadar.NAME : name)
                .orElseThrow(() -> new NoSuchElementException("there is no radar named '" + name + "'"));
        LocalDate date = edition(history, Filters.blankToNull(ctx.queryParam("edition")));
        Framework f = site.framework();
        String segment = name(history.radar().segments(), "quadrant", ctx.queryParam("quadrant"), v -> f.quadrant(v).name());
        String ring = name(history.radar().rings(), "ring", ctx.queryParam("ring"), v -> f.ring(v).name());
        ToolFilter facts = Filters.read(ctx, f, false);
        Map<String, AssessedTool> tools = site.radar().tools().stream()
                .collect(Collectors.toMap(a -> a.tool().id(), Function.identity()));
        Set<String> matching = site.radar().filter(facts).stream().map(a -> a.tool().id()).collect(Collectors.toSet());
        boolean factFilter = facts.category() != null || facts.stage() != null || facts.delivery() != null
                || facts.capability() != null;
        List<BlipMovement> all = history.movements(date);
        List<BlipMovement> shown = all.stream().filter(m -> m.movement() != Movement.REMOVED)
                .filter(m -> segment == null || m.blip().segment().equalsIgnoreCase(segment))
                .filter(m -> ring == null || m.blip().ring().equalsIgnoreCase(ring))
                .filter(m -> tools.containsKey(m.key()) ? matching.contains(m.key())
                        : !factFilter && matchesText(m, facts.search()))
                .toList();
        List<BlipMovement> removed = all.stream().filter(m -> m.movement() == Movement.REMOVED).toList();
        var filter = new ToolFilter(segment, facts.category(), ring, facts.stage(), facts.delivery(), facts.search(),
                facts.capability());
        return new RadarView(history, date, filter, shown, removed, tools);
    }

    private static LocalDate edition(History history, String value) {
        try {
            return EditionDates.edition(history, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("edition", "query parameter 'edition' " + e.getMessage());
        }
    }

    /** A segment or ring of this radar, given by its own name or by the framework's id or name for it. */
    private static String name(List<String> names, String parameter, String value, Function<String, String> framework) {
        String v = Filters.blankToNull(value);
        if (v == null) return null;
        for (String n : names) if (n.equalsIgnoreCase(v)) return n;
        try {
            String mapped = framework.apply(v);
            for (String n : names) if (n.equalsIgnoreCase(mapped)) return n;
        } catch (NoSuchElementException ignored) {
            // not a framework name either: reported below
        }
        throw new BadRequest(parameter, "query parameter '" + parameter + "': '" + v + "' is not on this radar; it has "
                + String.join(", ", names));
    }

    private static boolean matchesText(BlipMovement m, String q) {
        return q == null || m.blip().name().toLowerCase().contains(q.toLowerCase());
    }

    Radar radar() {
        return history.radar();
    }

    boolean isDefault() {
        return radar().name().equals(DefaultRadar.NAME);
    }

    /** The query string that shows this view again (radar, edition and filters). */
    String query() {
        String q = Filters.query(filter);
        String own = (isDefault() ? "" : "radar=" + Urls.encode(radar().name()) + "&")
                + (date == null ? "" : "edition=" + date + "&");
        return (own + q).replaceAll("&$", "");
    }

    String svg(ServedData site) {
        if (date == null) return "";
        Set<String> keys = shown.stream().map(BlipMovement::key).collect(Collectors.toSet());
        return site.cached("radar|" + site.stamp() + "|" + query(), () -> RadarSvg.render(
                HistoryPictures.radar(history, date, "/tools/{id}" + (isDefault() ? "" : "?radar=" + Urls.encode(radar().name())),
                        keys::contains)));
    }

    List<Row> rows(Framework f) {
        return shown.stream()
                .sorted(Comparator.comparing((BlipMovement m) -> radar().ringIndex(m.blip().ring()))
                        .thenComparing(m -> m.blip().name().toLowerCase()))
                .map(m -> {
                    AssessedTool t = tools.get(m.key());
                    return new Row(m.key(), m.blip().name(), m.blip().segment(), m.blip().ring(),
                            m.blip().ring().toLowerCase(), t == null ? "" : f.category(t.tool().category()).name(),
                            label(m), "/tools/" + Urls.encode(m.key()) + (isDefault() ? "" : "?radar=" + Urls.encode(radar().name())));
                }).toList();
    }

    static String label(BlipMovement m) {
        return switch (m.movement()) {
            case NEW, REMOVED -> m.movement().label();
            case MOVED_IN, MOVED_OUT -> m.movement().label() + " from " + m.previousRing();
            case UNCHANGED -> "";
            case RETURNED -> "back after " + m.returnedFrom() + (m.previousRing() == null ? "" : ", was " + m.previousRing());
        };
    }
}

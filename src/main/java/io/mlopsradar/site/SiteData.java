package io.mlopsradar.site;

import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.BlipMovement;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.editions.TimelineEntry;
import io.mlopsradar.landscape.Framework;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every page of the static site reads, computed once: movements per edition and every blip's timeline. */
record SiteData(History history, Catalog catalog, Framework framework, Map<LocalDate, List<BlipMovement>> movements,
                Map<String, List<TimelineEntry>> timelines, Map<String, Blip> lastSeen, LocalDate latest) {

    static SiteData of(History history, Catalog catalog, Framework framework) {
        LocalDate latest = EditionDates.defaultEdition(history).date();
        var movements = new LinkedHashMap<LocalDate, List<BlipMovement>>();
        for (Edition e : history.editions()) movements.put(e.date(), history.movements(e.date()));
        var lastSeen = new LinkedHashMap<String, Blip>();
        for (Edition e : history.editions()) e.blips().forEach(b -> lastSeen.put(b.key(), b));
        return new SiteData(history, catalog, framework, movements, history.timelines(), lastSeen, latest);
    }

    String title() {
        return history.radar().title();
    }

    /** The catalogue tool behind a blip, when its key is a catalogue id. */
    Optional<Tool> tool(String key) {
        return catalog.tools().stream().filter(t -> t.id().equals(key)).findFirst();
    }

    /** The blip as it last appeared on any edition. */
    Blip blip(String key) {
        return lastSeen.get(key);
    }

    /** The tool page's file name: the key itself when it is a plain slug (so picture links, built from keys, match). */
    static String toolFile(String key) {
        return (key.matches("[a-z0-9][a-z0-9._-]*") ? key : "blip-" + BlipKeys.slug(key) + "-" + Integer.toHexString(key.hashCode())) + ".html";
    }

    static String editionFile(LocalDate date) {
        return date + ".html";
    }
}

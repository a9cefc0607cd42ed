package io.mlopsradar.reliability;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.editions.Histories;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.byor.ByorJsonReader;
import io.mlopsradar.formats.landscape.LandscapeReader;
import io.mlopsradar.formats.own.OwnYamlReader;
import io.mlopsradar.formats.own.OwnYamlWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The XSS payloads put through the importers: a radar (our YAML), a BYOR radar and catalogue tools (a landscape file). */
final class XssData {
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final LocalDate SECOND = LocalDate.of(2024, 6, 1);
    static final List<String> P = XssPayloads.ALL;

    private XssData() {
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** A radar whose title, segment names, blip names and notes are payloads, read back through our YAML importer. */
    static History radar() {
        var radar = new Radar("xss", cut("XSS " + P.get(0), 300), List.of("Tools " + P.get(12), "Data " + P.get(16)), List.of("Adopt", "Hold " + P.get(0)));
        var first = new ArrayList<Blip>();
        var second = new ArrayList<Blip>();
        for (int i = 0; i < P.size(); i++) {
            String segment = radar.segments().get(i % 2);
            var blip = new Blip("p" + i, cut("P" + i + " " + P.get(i), 300), radar.rings().get(i % 2), segment, P.get(i));
            if (i % 3 != 0) first.add(blip);
            second.add(i % 4 == 0 ? blip.withRing(radar.rings().get((i + 1) % 2)) : blip);
        }
        var written = new OwnYamlWriter().write(new History(radar, List.of(Edition.published(FIRST, first), Edition.published(SECOND, second))), null);
        return new OwnYamlReader().read("xss.yaml", written, ImportOptions.on(Histories.OCT)).history();
    }

    /** A BYOR radar whose names and descriptions are payloads, read through the BYOR importer (which sanitises). */
    static History byor() throws Exception {
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 0; i < P.size(); i++) {
            var row = new LinkedHashMap<String, String>();
            row.put("name", cut("B" + i + " " + P.get(i), 300));
            row.put("ring", i % 2 == 0 ? "Adopt" : "Hold");
            row.put("quadrant", "Q" + (i % 4));
            row.put("isNew", "TRUE");
            row.put("description", P.get(i));
            rows.add(row);
        }
        String json = new ObjectMapper().writeValueAsString(rows);
        return new ByorJsonReader().read("xss-byor.json", json, ImportOptions.on(Histories.OCT).withEdition(SECOND)).history();
    }

    /** Catalogue tools whose names and descriptions are payloads, read through the landscape importer. */
    static List<Tool> tools(Catalog known) throws Exception {
        var items = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < P.size(); i++) {
            var item = new LinkedHashMap<String, Object>();
            item.put("name", cut("X" + i + " " + P.get(i), 80));
            item.put("homepage_url", "https://x" + i + ".example.org/");
            item.put("description", P.get(i));
            items.add(item);
        }
        var doc = Map.of("categories", List.of(Map.of("name", "Machine Learning",
                "subcategories", List.of(Map.of("name", "Framework", "items", items)))));
        String yaml = new YAMLMapper().writeValueAsString(doc);
        return new LandscapeReader(known, Mapping.resource("/formats/landscape/lfai-mapping.yaml", Framework.bundled()), SECOND).read("xss.yml", yaml).added();
    }
}

package io.mlopsradar.formats.coverage;

import io.mlopsradar.catalog.Addresses;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sets the catalogue beside public lists: which tools the lists name that the catalogue lacks, matched by name or
 * alias, repository or homepage, and ranked by how many of the lists name each one.
 */
public final class Coverage {
    /** A tool the lists name and the catalogue lacks, with the lists that name it. */
    public record Missing(String name, String repository, String homepage, int named, List<String> lists) {
    }

    /** What a comparison found: how many distinct tools the lists name, how many the catalogue has, what is missing. */
    public record Result(int listed, int covered, List<Missing> missing) {
    }

    private final Map<String, Tool> byKey = new HashMap<>();

    public Coverage(Catalog catalog) {
        for (Tool t : catalog.tools()) {
            for (String n : t.names()) byKey.putIfAbsent("name " + nameKey(n), t);
            if (t.repository() != null) byKey.putIfAbsent("address " + Addresses.normal(t.repository()), t);
            if (t.homepage() != null) byKey.putIfAbsent("address " + Addresses.normal(t.homepage()), t);
        }
    }

    /** Compares the catalogue with the entries of each list (one list per file). */
    public Result compare(Map<String, List<ListEntry>> lists) {
        var groups = new ArrayList<Group>();
        var byKey = new HashMap<String, Group>();
        Set<String> covered = new LinkedHashSet<>();
        for (var list : lists.entrySet()) {
            for (ListEntry e : list.getValue()) {
                Tool match = match(e);
                if (match != null) {
                    covered.add(match.id());
                    continue;
                }
                List<String> keys = keys(e);
                Group g = keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (g == null) {
                    g = new Group(e);
                    groups.add(g);
                }
                g.take(e, list.getKey());
                for (String k : keys) byKey.putIfAbsent(k, g);
            }
        }
        var ranked = groups.stream().map(Group::missing).sorted(Comparator.comparingInt(Missing::named).reversed()
                .thenComparing(m -> m.name().toLowerCase(Locale.ROOT))).toList();
        return new Result(covered.size() + ranked.size(), covered.size(), ranked);
    }

    /** Entries of the lists that name the same missing tool. */
    private static final class Group {
        final String name;
        String repository;
        String homepage;
        final Set<String> lists = new LinkedHashSet<>();

        Group(ListEntry first) {
            this.name = first.name();
        }

        void take(ListEntry e, String list) {
            if (repository == null) repository = e.repository();
            if (homepage == null) homepage = e.homepage();
            lists.add(list);
        }

        Missing missing() {
            return new Missing(name, repository, homepage, lists.size(), List.copyOf(lists));
        }
    }

    private static List<String> keys(ListEntry e) {
        var keys = new ArrayList<String>();
        if (e.repository() != null) keys.add("address " + Addresses.normal(e.repository()));
        keys.add("name " + nameKey(e.name()));
        return keys;
    }

    private Tool match(ListEntry e) {
        Tool t = null;
        for (String name : names(e.name())) if (t == null) t = byKey.get("name " + nameKey(name));
        if (t == null && e.repository() != null) t = byKey.get("address " + Addresses.normal(e.repository()));
        if (t == null && e.homepage() != null) t = byKey.get("address " + Addresses.normal(e.homepage()));
        return t;
    }

    /** The name, and for "Computer Vision Annotation Tool (CVAT)" also the name without and within the brackets. */
    static List<String> names(String name) {
        var out = new ArrayList<String>(List.of(name));
        var m = java.util.regex.Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)\\s*$").matcher(name);
        if (m.matches()) {
            out.add(m.group(1));
            out.add(m.group(2));
        }
        return out;
    }

    /** A name in lower case without spaces or punctuation: "Llama.cpp" and "llama-cpp" meet. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

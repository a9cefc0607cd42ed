package io.mlopsradar.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two runs of the advice for one profile, read from their JSON ({@link AdviceJson}): the first
 * option that changed per need, the options added and removed per need, and the stack tools whose ring moved.
 */
public record AdviceChanges(List<FirstOption> firstOptions, List<Option> added, List<Option> removed, List<RingMove> stackRings) {

    /** A need whose first option is another one now ({@code before} or {@code after} is null when there was none). */
    public record FirstOption(String need, String needName, String before, String after) {
    }

    /** One option for a need, by tool. */
    public record Option(String need, String needName, String tool, String name) {
    }

    /** A tool of the organisation's stack whose ring is another one now. */
    public record RingMove(String tool, String name, String before, String after) {
    }

    public boolean none() {
        return firstOptions.isEmpty() && added.isEmpty() && removed.isEmpty() && stackRings.isEmpty();
    }

    /** The changes from the earlier advice to the later one, both as {@link AdviceJson} wrote them. */
    @SuppressWarnings("unchecked")
    public static AdviceChanges between(Map<String, Object> earlier, Map<String, Object> later) {
        Map<String, Map<String, Object>> before = needs(earlier);
        Map<String, Map<String, Object>> after = needs(later);
        var first = new ArrayList<FirstOption>();
        var added = new ArrayList<Option>();
        var removed = new ArrayList<Option>();
        var allNeeds = new LinkedHashMap<String, Map<String, Object>>(after);
        before.forEach(allNeeds::putIfAbsent);
        allNeeds.forEach((need, rec) -> {
            String needName = String.valueOf(rec.get("need_name"));
            var was = options(before.get(need));
            var now = options(after.get(need));
            String firstWas = was.isEmpty() ? null : String.valueOf(was.get(0).get("name"));
            String firstNow = now.isEmpty() ? null : String.valueOf(now.get(0).get("name"));
            if (!Objects.equals(firstWas, firstNow)) first.add(new FirstOption(need, needName, firstWas, firstNow));
            now.stream().filter(o -> !ids(was).contains(o.get("id")))
                    .forEach(o -> added.add(new Option(need, needName, String.valueOf(o.get("id")), String.valueOf(o.get("name")))));
            was.stream().filter(o -> !ids(now).contains(o.get("id")))
                    .forEach(o -> removed.add(new Option(need, needName, String.valueOf(o.get("id")), String.valueOf(o.get("name")))));
        });
        var moves = new ArrayList<RingMove>();
        Map<String, Map<String, Object>> stackBefore = stack(earlier);
        stack(later).forEach((id, t) -> {
            Map<String, Object> old = stackBefore.get(id);
            if (old != null && !Objects.equals(old.get("ring"), t.get("ring"))) {
                moves.add(new RingMove(id, String.valueOf(t.get("name")), String.valueOf(old.get("ring")), String.valueOf(t.get("ring"))));
            }
        });
        return new AdviceChanges(first, added, removed, moves);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> needs(Map<String, Object> advice) {
        var m = new LinkedHashMap<String, Map<String, Object>>();
        for (Object r : (List<Object>) advice.getOrDefault("recommendations", List.of())) {
            var rec = (Map<String, Object>) r;
            m.put(String.valueOf(rec.get("need")), rec);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> options(Map<String, Object> recommendation) {
        return recommendation == null ? List.of() : (List<Map<String, Object>>) recommendation.getOrDefault("options", List.of());
    }

    private static List<Object> ids(List<Map<String, Object>> options) {
        return options.stream().map(o -> o.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> stack(Map<String, Object> advice) {
        var m = new LinkedHashMap<String, Map<String, Object>>();
        var capability = (Map<String, Object>) advice.getOrDefault("capability", Map.of());
        for (Object t : (List<Object>) capability.getOrDefault("stack", List.of())) {
            var tool = (Map<String, Object>) t;
            m.put(String.valueOf(tool.get("id")), tool);
        }
        return m;
    }
}

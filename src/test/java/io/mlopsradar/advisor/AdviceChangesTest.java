package io.mlopsradar.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdviceChangesTest {
    private static Map<String, Object> advice(Map<String, List<String>> optionsByNeed, Map<String, String> stackRings) {
        return Map.of("recommendations", optionsByNeed.entrySet().stream().map(e -> Map.of("need", e.getKey(),
                        "need_name", e.getKey().toUpperCase(), "options", e.getValue().stream()
                                .map(id -> Map.of("id", id, "name", "Tool " + id)).toList())).toList(),
                "capability", Map.of("stack", stackRings.entrySet().stream().map(e -> Map.of("id", e.getKey(), "name",
                        "Tool " + e.getKey(), "ring", e.getValue())).toList()));
    }

    @Test
    void theSameAdviceTwiceChangesNothing() {
        var a = advice(Map.of("monitor", List.of("x", "y")), Map.of("git", "adopt"));
        assertThat(AdviceChanges.between(a, a).none()).isTrue();
    }

    @Test
    void namesTheFirstOptionsThatChangedTheOptionsAddedAndRemovedAndTheStackRingsThatMoved() {
        var before = advice(Map.of("monitor", List.of("x", "y"), "deploy", List.of("d")), Map.of("git", "adopt", "airflow", "trial"));
        var after = advice(Map.of("monitor", List.of("y", "z"), "track", List.of("t")), Map.of("git", "adopt", "airflow", "hold"));
        var c = AdviceChanges.between(before, after);
        assertThat(c.firstOptions()).extracting(AdviceChanges.FirstOption::need, AdviceChanges.FirstOption::before,
                AdviceChanges.FirstOption::after).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("monitor", "Tool x", "Tool y"),
                org.assertj.core.groups.Tuple.tuple("track", null, "Tool t"),
                org.assertj.core.groups.Tuple.tuple("deploy", "Tool d", null));
        assertThat(c.added()).extracting(AdviceChanges.Option::tool).containsExactlyInAnyOrder("z", "t");
        assertThat(c.removed()).extracting(AdviceChanges.Option::tool).containsExactlyInAnyOrder("x", "d");
        assertThat(c.stackRings()).containsExactly(new AdviceChanges.RingMove("airflow", "Tool airflow", "trial", "hold"));
    }
}

package io.mlopsradar.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.advisor.AdviceChanges;
import java.util.List;

/** What changed between a saved profile's last two advice runs, as the profile API answers it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AdviceChangesJson(boolean none, List<FirstOptionJson> firstOptions, List<OptionJson> optionsAdded,
                         List<OptionJson> optionsRemoved, List<RingMoveJson> stackRings) {

    /** A need whose first option changed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FirstOptionJson(String need, String needName, String before, String after) {
    }

    /** A tool that became, or stopped being, an option for a need. */
    record OptionJson(String need, String tool, String name) {
    }

    /** A tool of the organisation's stack whose ring changed. */
    record RingMoveJson(String tool, String name, String before, String after) {
    }

    /** The changes as JSON; null (no changes known yet) stays null. */
    static AdviceChangesJson of(AdviceChanges c) {
        if (c == null) return null;
        return new AdviceChangesJson(c.none(),
                c.firstOptions().stream().map(f -> new FirstOptionJson(f.need(), f.needName(), f.before(), f.after())).toList(),
                options(c.added()), options(c.removed()),
                c.stackRings().stream().map(r -> new RingMoveJson(r.tool(), r.name(), r.before(), r.after())).toList());
    }

    private static List<OptionJson> options(List<AdviceChanges.Option> options) {
        return options.stream().map(o -> new OptionJson(o.need(), o.tool(), o.name())).toList();
    }
}

package io.mlopsradar.formats;

import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.util.List;

/**
 * What a reader found in an outside file: the radar (the target radar, or the segments and rings as found), its
 * editions, and the rows it left out (skipped under lenient mode, or inactive), each with file, line and reason.
 */
public record RadarDocument(Radar radar, List<Edition> editions, List<Problem> skipped) {

    public RadarDocument {
        editions = List.copyOf(editions);
        skipped = List.copyOf(skipped);
    }

    public History history() {
        return new History(radar, editions);
    }

    /**
     * Refuses a document with no blip in any edition: importing it would store an empty radar or edition. When rows
     * were left out the message says so, since under lenient mode that is usually why.
     */
    public RadarDocument requireBlips(String file) {
        if (editions.stream().anyMatch(e -> !e.blips().isEmpty())) return this;
        String why = skipped.isEmpty() ? "the file holds no blips; nothing imported"
                : "every row was left out (" + skipped.size() + "; the first: " + skipped.get(0) + "); nothing imported";
        throw new InvalidInputException(new Problem(file, 0, null, why));
    }

    /** The only edition of a single-edition file. */
    public Edition edition() {
        if (editions.size() != 1) throw new IllegalStateException("the document holds " + editions.size() + " editions");
        return editions.get(0);
    }
}

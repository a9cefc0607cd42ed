package io.mlopsradar.formats.landscape;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.input.Problem;
import java.util.List;

/**
 * What a landscape file adds to the catalogue: new tools with the facts the file has, the names already known, the
 * items left out because their category has no mapping (reported, never guessed), the items a mapping ignores, and the
 * links dropped because they were not http(s) (a {@code javascript:} homepage, say).
 */
public record LandscapeImport(List<Tool> added, List<String> alreadyKnown, List<Problem> unmapped, List<String> ignored,
                              List<Problem> droppedLinks) {

    public LandscapeImport {
        droppedLinks = List.copyOf(droppedLinks);
        added = List.copyOf(added);
        alreadyKnown = List.copyOf(alreadyKnown);
        unmapped = List.copyOf(unmapped);
        ignored = List.copyOf(ignored);
    }
}

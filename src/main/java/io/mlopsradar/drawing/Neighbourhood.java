package io.mlopsradar.drawing;

import java.util.List;

/**
 * A selected tool and its related tools on the landscape, each with the relation's type ({@code works-with},
 * {@code alternative-to}, {@code part-of}, {@code replaced-by}) and its words read from the selected tool's side.
 */
public record Neighbourhood(String centre, List<Neighbour> neighbours) {

    public Neighbourhood {
        neighbours = neighbours == null ? List.of() : List.copyOf(neighbours);
    }

    /** No tool selected. */
    public static Neighbourhood none() {
        return new Neighbourhood(null, List.of());
    }

    public boolean isEmpty() {
        return centre == null;
    }

    /** One related tool: its id, the relation type's id and the words read from the selected tool. */
    public record Neighbour(String id, String type, String words) {
    }
}

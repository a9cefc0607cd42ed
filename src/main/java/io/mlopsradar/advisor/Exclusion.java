package io.mlopsradar.advisor;

import java.util.List;

/** A catalogue tool the organisation's constraints rule out, with every constraint it breaks. */
public record Exclusion(String id, String name, List<String> why) {

    public Exclusion {
        why = List.copyOf(why);
    }
}

package io.mlopsradar.rings;

/** What a piece of evidence did: strengthened the case, weakened it, moved the ring, or was only noted. */
public enum Effect {
    PLUS("plus"), MINUS("minus"), MOVED("moved"), NOTED("noted");

    private final String id;

    Effect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

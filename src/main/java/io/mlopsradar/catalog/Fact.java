package io.mlopsradar.catalog;

import java.util.List;

/** The facts of a tool entry that can change by themselves and so carry a source and an as-of date. */
public enum Fact {
    LICENSE("license", "Licence"), FIRST_RELEASE("first_release", "First release"), STEWARD("steward", "Steward"),
    STATUS("status", "Status"), STATUS_NOTE("status_note", "Status note"), GITHUB_STARS("github_stars", "GitHub stars"),
    HOMEPAGE("homepage", "Homepage"), REPOSITORY("repository", "Repository");

    private final String id;
    private final String label;

    Fact(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Fact::id).toList();
    }

    public static Fact of(String id) {
        return EnumCodes.of(values(), Fact::id, id);
    }
}

package io.mlopsradar.catalog;

/** How many people build on and around a tool. */
public enum Community {
    STRONG("strong"), MODERATE("moderate"), SMALL("small");

    private final String id;

    Community(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Community of(String id) {
        return EnumCodes.of(values(), Community::id, id);
    }
}

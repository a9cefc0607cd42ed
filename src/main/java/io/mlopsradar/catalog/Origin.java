package io.mlopsradar.catalog;

/** Where a tool was born; a tool used inside a large company before its release counts as battle-tested. */
public enum Origin {
    LARGE_COMPANY("large-company"), STARTUP("startup"), COMMUNITY("community"), ACADEMIC("academic"),
    CLOUD_VENDOR("cloud-vendor"), CONSULTANCY("consultancy");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Origin of(String id) {
        return EnumCodes.of(values(), Origin::id, id);
    }
}

package io.mlopsradar.catalog;

/**
 * Whether a tool can still be chosen: active, kept in maintenance only (fixes, no new features), winding down (its
 * steward stopping it, e.g. after an acquisition), discontinued, superseded by another, or internal to one company.
 */
public enum Status {
    ACTIVE("active"), MAINTENANCE("maintenance"), WINDING_DOWN("winding-down"), DISCONTINUED("discontinued"), SUPERSEDED("superseded"), INTERNAL("internal");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Status of(String id) {
        return EnumCodes.of(values(), Status::id, id);
    }
}

package io.mlopsradar.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** What a person may do on a radar; each role includes everything the roles before it may do. */
public enum Role {
    /** Reads radars, editions, proposals. */
    VIEWER,
    /** Proposes, comments and votes. */
    CONTRIBUTOR,
    /** Decides proposals, curates rings, imports, creates and publishes editions. */
    CURATOR,
    /** Manages users, radars and settings. */
    ADMIN;

    public boolean covers(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named by its id, any case. */
    public static Role of(String id) {
        for (Role r : values()) if (r.name().equalsIgnoreCase(id.strip())) return r;
        throw new NoSuchElementException("unknown role '" + id + "'; known: "
                + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")));
    }
}

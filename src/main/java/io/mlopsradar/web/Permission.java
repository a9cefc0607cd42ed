package io.mlopsradar.web;

import io.javalin.security.RouteRole;
import io.mlopsradar.accounts.Role;

/**
 * What a route needs, attached to the route where it is registered; {@link Access} turns it into 200, 401 or 403.
 * A route registered without one needs {@link #READ}.
 */
enum Permission implements RouteRole {
    /** Anyone, even when anonymous reading is off (the sign-in page). */
    PUBLIC(null),
    /** Read the radar: anyone when anonymous reading is on, else a signed-in viewer. */
    READ(Role.VIEWER),
    /** Any signed-in person (their own account and tokens). */
    SIGNED_IN(Role.VIEWER),
    /** Propose, comment, vote. */
    PROPOSE(Role.CONTRIBUTOR),
    /** Decide proposals, curate, import, publish. */
    CURATE(Role.CURATOR),
    /** Users, radars, settings, the audit trail. */
    ADMINISTER(Role.ADMIN);

    private final Role minimum;

    Permission(Role minimum) {
        this.minimum = minimum;
    }

    /** The least role that holds this permission; null for public routes. */
    Role minimum() {
        return minimum;
    }
}

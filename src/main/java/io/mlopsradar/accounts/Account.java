package io.mlopsradar.accounts;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A person who signs in: their roles per radar ({@code "*"} for every radar) and whether they administer the site.
 * A disabled account can no longer sign in, and its sessions and tokens stop working.
 */
public record Account(long id, String name, boolean siteAdmin, boolean disabled, Map<String, Role> roles, int version) {
    public static final String EVERY_RADAR = "*";

    public Account {
        roles = Map.copyOf(roles);
    }

    /** The role on one radar: site admins administer every radar; otherwise the radar's grant, else the site-wide one. */
    public Role roleOn(String radar) {
        if (siteAdmin) return Role.ADMIN;
        Role role = null;
        for (var e : roles.entrySet()) {
            if (e.getKey().equalsIgnoreCase(radar)) role = max(role, e.getValue());
        }
        role = max(role, roles.get(EVERY_RADAR));
        return max(role, Role.VIEWER);
    }

    /** Each radar's role id ({@code "*"} for every radar), sorted by radar: the form answers and the audit trail show. */
    public SortedMap<String, String> roleIds() {
        var ids = new TreeMap<String, String>();
        roles.forEach((radar, role) -> ids.put(radar, role.id()));
        return ids;
    }

    private static Role max(Role a, Role b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.covers(b) ? a : b;
    }
}

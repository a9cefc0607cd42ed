package io.mlopsradar.accounts.oidc;

import io.mlopsradar.accounts.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Which role a person signing in by single sign-on gets on every radar: the highest role among the values of one
 * claim (such as {@code groups}) found in a value → role map, and the role given to their verified email's domain.
 * With neither configured the mapping is off and roles are granted by hand.
 */
public record RoleMapping(String claim, Map<String, Role> values, Map<String, Role> domains) {
    public static final RoleMapping NONE = new RoleMapping(null, Map.of(), Map.of());

    public RoleMapping {
        values = Map.copyOf(values);
        domains = Map.copyOf(domains);
        if (claim == null && !values.isEmpty()) throw new IllegalArgumentException("a role map needs the claim it reads (--oidc-role-claim)");
    }

    /** Reads {@code value=role,value=role} lists; a blank or null list is empty. Domains are compared in lower case. */
    public static RoleMapping parse(String claim, String valueMap, String domainMap) {
        String c = claim == null || claim.isBlank() ? null : claim.strip();
        return new RoleMapping(c, pairs("--oidc-role-map", valueMap, false), pairs("--oidc-domain-roles", domainMap, true));
    }

    public boolean active() {
        return !values.isEmpty() || !domains.isEmpty();
    }

    /** The highest role the claims give, or null when none matches. */
    public Role roleFor(Map<String, Object> claims, String verifiedEmail) {
        List<Role> found = new ArrayList<>();
        if (claim != null) {
            for (String v : strings(claims.get(claim))) {
                Role r = values.get(v);
                if (r != null) found.add(r);
            }
        }
        if (verifiedEmail != null && verifiedEmail.contains("@")) {
            Role r = domains.get(verifiedEmail.substring(verifiedEmail.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT));
            if (r != null) found.add(r);
        }
        return found.stream().reduce((a, b) -> a.covers(b) ? a : b).orElse(null);
    }

    private static List<String> strings(Object value) {
        if (value instanceof String s) return List.of(s);
        if (value instanceof Collection<?> many) return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        return List.of();
    }

    private static Map<String, Role> pairs(String option, String text, boolean lowerCase) {
        var map = new LinkedHashMap<String, Role>();
        if (text == null || text.isBlank()) return map;
        for (String pair : text.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(option + ": '" + pair.strip() + "' is not VALUE=ROLE (e.g. platform-team=curator)");
            }
            String key = pair.substring(0, eq).strip();
            try {
                map.put(lowerCase ? key.toLowerCase(Locale.ROOT) : key, Role.of(pair.substring(eq + 1)));
            } catch (NoSuchElementException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
        }
        return map;
    }
}

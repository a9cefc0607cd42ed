package io.mlopsradar.accounts.oidc;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * How this site signs people in with one OpenID Connect provider: the provider's issuer URL, the client id and secret
 * registered there, the site's public base URL (the redirect URI is that plus {@link #CALLBACK_PATH}), the name the
 * sign-in button shows, the scopes asked for and the role mapping.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, URI redirectBase, String providerName,
                           String scopes, RoleMapping roles) {
    public static final String CALLBACK_PATH = "/login/sso/callback";
    public static final String DEFAULT_SCOPES = "openid email profile";

    /**
     * The settings from option values, or null when no issuer is given (single sign-on off). Incomplete or malformed
     * values are refused with the option's name.
     */
    public static OidcSettings of(String issuer, String clientId, String clientSecret, String redirectBase, String providerName,
                                  String scopes, RoleMapping roles) {
        if (blank(issuer)) {
            if (!blank(clientId) || !blank(clientSecret)) throw new IllegalArgumentException("--oidc-issuer is needed when a client id or secret is given");
            return null;
        }
        if (blank(clientId)) throw new IllegalArgumentException("--oidc-client-id is needed with --oidc-issuer");
        if (blank(clientSecret)) throw new IllegalArgumentException("--oidc-client-secret (or RADAR_OIDC_CLIENT_SECRET) is needed with --oidc-issuer");
        if (blank(redirectBase)) throw new IllegalArgumentException("--oidc-redirect-base (the site's public URL) is needed with --oidc-issuer");
        String s = blank(scopes) ? DEFAULT_SCOPES : scopes.strip();
        if (!(" " + s + " ").contains(" openid ")) s = "openid " + s;
        return new OidcSettings(url("--oidc-issuer", issuer), clientId.strip(), clientSecret.strip(), url("--oidc-redirect-base", redirectBase),
                blank(providerName) ? "single sign-on" : providerName.strip(), s, roles == null ? RoleMapping.NONE : roles);
    }

    /** The redirect URI to register at the provider. */
    public URI redirectUri() {
        return URI.create(redirectBase.toString() + CALLBACK_PATH);
    }

    /** The discovery document's address: the issuer with {@code /.well-known/openid-configuration} appended. */
    public URI discoveryUri() {
        return URI.create(issuer.toString() + "/.well-known/openid-configuration");
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=(hidden), redirectBase=" + redirectBase + "]";
    }

    private static URI url(String option, String text) {
        String t = text.strip();
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme)) || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not an http(s) URL without query or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a URL");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package io.mlopsradar.cli;

import io.mlopsradar.accounts.oidc.OidcSettings;
import io.mlopsradar.accounts.oidc.RoleMapping;
import picocli.CommandLine.Option;

/** The {@code serve} options (each also an environment variable) that turn on single sign-on with an OpenID Connect provider. */
final class SingleSignOnOptions {
    @Option(names = "--oidc-issuer", defaultValue = "${env:RADAR_OIDC_ISSUER}",
            description = "OpenID Connect issuer URL; single sign-on is on when set (env RADAR_OIDC_ISSUER)")
    String issuer;
    @Option(names = "--oidc-client-id", defaultValue = "${env:RADAR_OIDC_CLIENT_ID}", description = "client id registered at the provider (env RADAR_OIDC_CLIENT_ID)")
    String clientId;
    @Option(names = "--oidc-client-secret", defaultValue = "${env:RADAR_OIDC_CLIENT_SECRET}",
            description = "client secret; prefer the environment variable RADAR_OIDC_CLIENT_SECRET (an argument shows in ps)")
    String clientSecret;
    @Option(names = "--oidc-redirect-base", defaultValue = "${env:RADAR_OIDC_REDIRECT_BASE}",
            description = "the site's public URL, e.g. https://radar.example.com; register BASE/login/sso/callback at the provider (env RADAR_OIDC_REDIRECT_BASE)")
    String redirectBase;
    @Option(names = "--oidc-provider-name", defaultValue = "${env:RADAR_OIDC_PROVIDER_NAME}",
            description = "name on the sign-in button, e.g. Keycloak (env RADAR_OIDC_PROVIDER_NAME)")
    String providerName;
    @Option(names = "--oidc-scopes", defaultValue = "${env:RADAR_OIDC_SCOPES}",
            description = "scopes asked for (default 'openid email profile'; env RADAR_OIDC_SCOPES)")
    String scopes;
    @Option(names = "--oidc-role-claim", defaultValue = "${env:RADAR_OIDC_ROLE_CLAIM}",
            description = "ID token claim whose values map to roles, e.g. groups (env RADAR_OIDC_ROLE_CLAIM)")
    String roleClaim;
    @Option(names = "--oidc-role-map", defaultValue = "${env:RADAR_OIDC_ROLE_MAP}",
            description = "claim value to role, e.g. platform-team=curator,architects=admin (env RADAR_OIDC_ROLE_MAP)")
    String roleMap;
    @Option(names = "--oidc-domain-roles", defaultValue = "${env:RADAR_OIDC_DOMAIN_ROLES}",
            description = "verified email domain to role, e.g. example.com=contributor (env RADAR_OIDC_DOMAIN_ROLES)")
    String domainRoles;
    @Option(names = "--local-sign-in", defaultValue = "${env:RADAR_LOCAL_SIGN_IN:-true}", arity = "1",
            description = "accept name and password sign-in (default true; false needs single sign-on; env RADAR_LOCAL_SIGN_IN)")
    boolean localSignIn;

    /** The provider settings, null when no issuer is set; bad values are refused as bad input. */
    OidcSettings settings() {
        try {
            return OidcSettings.of(issuer, clientId, clientSecret, redirectBase, providerName, scopes,
                    RoleMapping.parse(roleClaim, roleMap, domainRoles));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    boolean localSignIn() {
        if (!localSignIn && (issuer == null || issuer.isBlank())) {
            throw new BadInputException("--local-sign-in false needs single sign-on (--oidc-issuer); nobody could sign in");
        }
        return localSignIn;
    }
}

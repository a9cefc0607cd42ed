/**
 * Single sign-on by OpenID Connect: the provider's settings and discovery, the authorisation-code flow with PKCE,
 * the ID token's checks (signature against the provider's keys, issuer, audience, times, nonce) and the mapping of
 * a group or email-domain claim to a role. Uses no web or database code; the web routes live in {@code web} and the
 * pending flows and linked identities in {@code store}.
 */
package io.mlopsradar.accounts.oidc;

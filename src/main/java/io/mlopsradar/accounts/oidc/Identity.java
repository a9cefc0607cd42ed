package io.mlopsradar.accounts.oidc;

import io.mlopsradar.accounts.Role;

/**
 * The person a checked ID token names: the issuer and subject that identify them for good, a name to suggest for a
 * new account, their email (if the provider verified it) and the role the configured mapping gives them (null: none).
 */
public record Identity(String issuer, String subject, String suggestedName, String email, Role mappedRole) {
}

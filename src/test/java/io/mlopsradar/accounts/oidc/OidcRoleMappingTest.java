package io.mlopsradar.accounts.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.accounts.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcRoleMappingTest {
    private final RoleMapping mapping = RoleMapping.parse("groups", "platform-team=curator, architects=admin,/staff=viewer", "Example.org=contributor");

    @Test
    void theHighestRoleAmongTheClaimsValuesAndTheEmailDomainWins() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("staff", "platform-team")), null)).isEqualTo(Role.CURATOR);
        assertThat(mapping.roleFor(Map.of("groups", List.of("architects", "platform-team")), "a@example.org")).isEqualTo(Role.ADMIN);
        assertThat(mapping.roleFor(Map.of("groups", "/staff"), "a@EXAMPLE.ORG")).isEqualTo(Role.CONTRIBUTOR);
        assertThat(mapping.roleFor(Map.of("groups", List.of("/staff")), null)).isEqualTo(Role.VIEWER);
    }

    @Test
    void nothingMatchingGivesNoRole() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("Platform-Team")), "a@example.org.evil.net")).isNull();
        assertThat(mapping.roleFor(Map.of("roles", List.of("platform-team")), null)).isNull();
        assertThat(mapping.roleFor(Map.of("groups", 42), null)).isNull();
        assertThat(RoleMapping.NONE.active()).isFalse();
        assertThat(mapping.active()).isTrue();
    }

    @Test
    void theRedirectUriIsTheBaseWithTheCallbackPathAndTheSecretIsNeverPrinted() {
        var s = OidcSettings.of("https://id.example.com/realms/radar/", "radar", "hush-hush", "https://radar.example.com/", null, "email groups", null);
        assertThat(s.redirectUri()).hasToString("https://radar.example.com/login/sso/callback");
        assertThat(s.discoveryUri()).hasToString("https://id.example.com/realms/radar/.well-known/openid-configuration");
        assertThat(s.scopes()).isEqualTo("openid email groups");
        assertThat(s.providerName()).isEqualTo("single sign-on");
        assertThat(s.toString()).doesNotContain("hush-hush");
        assertThat(OidcSettings.of(null, null, null, null, null, null, null)).isNull();
    }

    @Test
    void aNewAccountsNameComesFromThePreferredNameOrTheSubject() {
        assertThat(OidcClient.accountName("Ada Lovelace", "s1")).isEqualTo("Ada-Lovelace");
        assertThat(OidcClient.accountName("ada@example.org", "s1")).isEqualTo("ada@example.org");
        assertThat(OidcClient.accountName("__x", "s1")).isEqualTo("x");
        assertThat(OidcClient.accountName(null, "s1")).startsWith("sso-").hasSize(16);
        assertThat(OidcClient.accountName("Łódź", "s1")).isEqualTo("d-");
    }
}

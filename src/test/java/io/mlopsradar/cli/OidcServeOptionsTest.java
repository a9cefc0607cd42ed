package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code serve}'s single sign-on options: incomplete or malformed values are bad input (exit 2, one line, nothing started). */
class OidcServeOptionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--oidc-issuer https://id.example.com | --oidc-client-id is needed",
            "--oidc-issuer https://id.example.com --oidc-client-id radar | --oidc-client-secret",
            "--oidc-issuer https://id.example.com --oidc-client-id radar --oidc-client-secret s | --oidc-redirect-base",
            "--oidc-issuer ftp://id.example.com --oidc-client-id radar --oidc-client-secret s --oidc-redirect-base https://r.example.com | is not an http(s) URL",
            "--oidc-client-id radar | --oidc-issuer is needed",
            "--local-sign-in false | needs single sign-on",
            "--oidc-issuer https://id.example.com --oidc-client-id radar --oidc-client-secret s --oidc-redirect-base https://r.example.com --oidc-role-claim groups --oidc-role-map ops=boss | unknown role 'boss'",
            "--oidc-issuer https://id.example.com --oidc-client-id radar --oidc-client-secret s --oidc-redirect-base https://r.example.com --oidc-role-map ops=curator | needs the claim"})
    void badSingleSignOnSettingsAreRefusedBeforeAnythingStarts(String options, String message) {
        String[] args = ("serve --db jdbc:sqlite:file:never?mode=memory " + options).split(" ");
        CliTest.Result r = CliTest.run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}

package io.mlopsradar.accounts.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import io.mlopsradar.accounts.Role;
import io.mlopsradar.accounts.Secrets;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * This site as an OpenID Connect client: builds the authorisation request (code flow, PKCE S256, state, nonce) and
 * turns the code the browser brings back into a checked {@link Identity}. Discovery happens at first use and is
 * tried again after a failure.
 */
public final class OidcClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OidcSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private volatile Discovered discovered;

    private record Discovered(ProviderMetadata metadata, IdTokenCheck check) {
    }

    public OidcClient(OidcSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** Where to send the browser to sign in at the provider. */
    public URI authorizationUri(String state, String nonce, String verifier) {
        var q = new LinkedHashMap<String, String>();
        q.put("response_type", "code");
        q.put("client_id", settings.clientId());
        q.put("redirect_uri", settings.redirectUri().toString());
        q.put("scope", settings.scopes());
        q.put("state", state);
        q.put("nonce", nonce);
        q.put("code_challenge", Pkce.challenge(verifier));
        q.put("code_challenge_method", "S256");
        URI endpoint = provider().metadata().authorizationEndpoint();
        return URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&") + form(q));
    }

    /** Exchanges the code (with the PKCE verifier) at the token endpoint and checks the ID token that comes back. */
    public Identity finish(String code, String verifier, String nonce) {
        Discovered p = provider();
        var body = new LinkedHashMap<String, String>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", settings.redirectUri().toString());
        body.put("code_verifier", verifier);
        var request = HttpRequest.newBuilder(p.metadata().tokenEndpoint()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (p.metadata().basicAuth()) {
            String pair = enc(settings.clientId()) + ":" + enc(settings.clientSecret());
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("client_id", settings.clientId());
            body.put("client_secret", settings.clientSecret());
        }
        JsonNode answer = exchange(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
        JsonNode idToken = answer.get("id_token");
        if (idToken == null || !idToken.isTextual()) throw new SignInRefused("the identity provider's token answer has no ID token");
        return identity(p.check().check(idToken.asText(), nonce));
    }

    private JsonNode exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new SignInRefused("the identity provider refused the sign-in code (" + r.statusCode() + "); start again");
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new SignInRefused("the identity provider's token endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInRefused("interrupted while signing in", e);
        }
    }

    private Identity identity(JWTClaimsSet claims) {
        Map<String, Object> all = claims.getClaims();
        String email = all.get("email") instanceof String s && !s.isBlank() ? s.strip() : null;
        boolean verified = Boolean.TRUE.equals(all.get("email_verified"));
        Role role = settings.roles().roleFor(all, verified ? email : null);
        String preferred = all.get("preferred_username") instanceof String s && !s.isBlank() ? s : email;
        return new Identity(claims.getIssuer(), claims.getSubject(), accountName(preferred, claims.getSubject()), email, role);
    }

    /** A name allowed for an account: the preferred one with other characters turned into '-', else one from the subject. */
    static String accountName(String preferred, String subject) {
        String name = preferred == null ? "" : preferred.strip().replaceAll("[^A-Za-z0-9._@-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (name.length() > 90) name = name.substring(0, 90);
        return name.isEmpty() ? "sso-" + Secrets.digest(subject).substring(0, 12) : name;
    }

    private Discovered provider() {
        Discovered d = discovered;
        if (d == null) {
            synchronized (this) {
                d = discovered;
                if (d == null) {
                    ProviderMetadata m = ProviderMetadata.discover(http, settings);
                    d = new Discovered(m, new IdTokenCheck(m, settings.clientId(), clock));
                    discovered = d;
                }
            }
        }
        return d;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

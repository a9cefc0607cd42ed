package io.mlopsradar.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import io.mlopsradar.accounts.Secrets;
import io.mlopsradar.accounts.oidc.Pkce;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OpenID Connect provider for tests, on a real HTTP server: discovery, keys, an authorisation endpoint that
 * signs in {@link #person} at once, and a token endpoint that checks the client secret, the redirect URI and the PKCE
 * verifier. {@link #tamper} makes it issue a bad ID token (another key, none, expired, another nonce, audience or issuer).
 */
final class LocalIssuer implements AutoCloseable {
    static final String CLIENT_ID = "radar-site";
    static final String CLIENT_SECRET = "s3cret-for-tests";
    private static final String REALM = "/realms/test";

    enum Tamper { NONE, OTHER_KEY, UNSIGNED, EXPIRED, OTHER_NONCE, OTHER_AUDIENCE, OTHER_ISSUER }

    record Person(String subject, String username, String email, boolean emailVerified, List<String> groups) {
    }

    private record Grant(String challenge, String nonce, String redirectUri) {
    }

    private final Javalin server;
    private final Clock clock;
    private final String redirectUri;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger keyFetches = new AtomicInteger();
    private volatile RSAKey key = newKey("key-1");
    private final RSAKey otherKey = newKey("key-1");
    volatile Person person = new Person("subject-ada-1", "ada.lovelace", "ada@example.org", true, List.of());
    volatile Tamper tamper = Tamper.NONE;

    /** Starts the provider on a free port; it accepts only this client and this redirect URI. */
    LocalIssuer(Clock clock, String redirectUri) {
        this.clock = clock;
        this.redirectUri = redirectUri;
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get(REALM + "/.well-known/openid-configuration", ctx -> ctx.json(Map.of("issuer", issuer(),
                    "authorization_endpoint", issuer() + "/authorize", "token_endpoint", issuer() + "/token",
                    "jwks_uri", issuer() + "/jwks", "response_types_supported", List.of("code"),
                    "id_token_signing_alg_values_supported", List.of("RS256"),
                    "token_endpoint_auth_methods_supported", List.of("client_secret_basic"))));
            config.routes.get(REALM + "/jwks", ctx -> {
                keyFetches.incrementAndGet();
                ctx.contentType("application/jwk-set+json").result(new JWKSet(key.toPublicJWK()).toString());
            });
            config.routes.get(REALM + "/authorize", ctx -> {
                if (!CLIENT_ID.equals(ctx.queryParam("client_id")) || !redirectUri.equals(ctx.queryParam("redirect_uri"))
                        || !"code".equals(ctx.queryParam("response_type")) || !"S256".equals(ctx.queryParam("code_challenge_method"))
                        || ctx.queryParam("code_challenge") == null || !ctx.queryParam("scope").contains("openid")) {
                    ctx.status(400).result("bad authorisation request");
                    return;
                }
                String code = Secrets.random("code-");
                codes.put(code, new Grant(ctx.queryParam("code_challenge"), ctx.queryParam("nonce"), ctx.queryParam("redirect_uri")));
                ctx.redirect(redirectUri + "?code=" + code + "&state=" + URLEncoder.encode(ctx.queryParam("state"), StandardCharsets.UTF_8));
            });
            config.routes.post(REALM + "/token", ctx -> {
                String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
                Grant grant = codes.remove(String.valueOf(ctx.formParam("code")));
                if (!expected.equals(ctx.header("Authorization")) || grant == null || !"authorization_code".equals(ctx.formParam("grant_type"))
                        || !grant.redirectUri().equals(ctx.formParam("redirect_uri")) || ctx.formParam("code_verifier") == null
                        || !Pkce.challenge(ctx.formParam("code_verifier")).equals(grant.challenge())) {
                    ctx.status(400).json(Map.of("error", "invalid_grant"));
                    return;
                }
                ctx.json(Map.of("access_token", Secrets.random("at-"), "token_type", "Bearer", "expires_in", 300,
                        "id_token", idToken(grant.nonce())));
            });
        }).start(0);
    }

    String issuer() {
        return "http://localhost:" + server.port() + REALM;
    }

    int port() {
        return server.port();
    }

    /** How often the site fetched the keys. */
    int keyFetches() {
        return keyFetches.get();
    }

    /** Signs with a new key (new key id) from now on, as a provider rotating its keys does. */
    void rotateKey() {
        key = newKey("key-" + Secrets.random("").substring(0, 8));
    }

    private String idToken(String nonce) throws JOSEException {
        Person p = person;
        Date now = Date.from(clock.instant());
        Date expires = Date.from(clock.instant().plus(tamper == Tamper.EXPIRED ? Duration.ofMinutes(-10) : Duration.ofMinutes(5)));
        var claims = new JWTClaimsSet.Builder()
                .issuer(tamper == Tamper.OTHER_ISSUER ? "http://localhost:1/realms/elsewhere" : issuer())
                .subject(p.subject()).audience(tamper == Tamper.OTHER_AUDIENCE ? "another-site" : CLIENT_ID)
                .issueTime(tamper == Tamper.EXPIRED ? Date.from(clock.instant().minus(Duration.ofMinutes(20))) : now)
                .expirationTime(expires).claim("nonce", tamper == Tamper.OTHER_NONCE ? "not-the-nonce" : nonce)
                .claim("preferred_username", p.username()).claim("email", p.email()).claim("email_verified", p.emailVerified())
                .claim("groups", p.groups()).build();
        if (tamper == Tamper.UNSIGNED) return new com.nimbusds.jwt.PlainJWT(claims).serialize();
        RSAKey signing = tamper == Tamper.OTHER_KEY ? otherKey : key;
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signing));
        return jwt.serialize();
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

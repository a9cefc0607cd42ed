package io.mlopsradar.accounts.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Checks an ID token: its signature against the provider's published keys (RSA or EC; fetched once, cached for 15
 * minutes and fetched again when a token names a key not in the cache), then issuer, audience, authorised party,
 * expiry and issue time (with {@link #SKEW} of clock difference allowed) and the nonce of this sign-in.
 */
public final class IdTokenCheck {
    /** How far the provider's clock may be from this server's. */
    public static final Duration SKEW = Duration.ofSeconds(60);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private final ProviderMetadata provider;
    private final String clientId;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public IdTokenCheck(ProviderMetadata provider, String clientId, Clock clock) {
        this.provider = provider;
        this.clientId = clientId;
        this.clock = clock;
        JWKSource<SecurityContext> keys;
        try {
            // not rate-limited: the token comes from the provider's token endpoint over our own connection, never
            // from the browser, so an unknown key id cannot be used to make this server fetch the keys in a loop
            keys = JWKSourceBuilder.create(provider.jwksUri().toURL(), new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                    .cache(Duration.ofMinutes(15).toMillis(), Duration.ofSeconds(10).toMillis())
                    .refreshAheadCache(false).rateLimited(false).retrying(false).build();
        } catch (MalformedURLException e) {
            throw new SignInRefused("the provider's jwks_uri " + provider.jwksUri() + " is not a URL", e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /** The token's claims when every check passes; otherwise {@link SignInRefused} naming the check that failed. */
    public JWTClaimsSet check(String idToken, String expectedNonce) {
        JWTClaimsSet claims;
        try {
            JWT jwt = JWTParser.parse(idToken);
            if (jwt instanceof PlainJWT) throw new SignInRefused("the identity provider sent an unsigned ID token");
            claims = processor.process(jwt, null);
        } catch (ParseException e) {
            throw new SignInRefused("the identity provider sent an ID token that is not a signed JWT");
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInRefused("the ID token's signature does not match the identity provider's published keys");
        }
        if (!provider.issuer().equals(claims.getIssuer())) throw new SignInRefused("the ID token comes from another issuer than the configured provider");
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) throw new SignInRefused("the ID token was issued for another client, not this site");
        Object azp = claims.getClaim("azp");
        if (audience.size() > 1 && !clientId.equals(azp)) throw new SignInRefused("the ID token's authorised party is not this site");
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) throw new SignInRefused("the ID token has expired; sign in again");
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().minus(SKEW).isAfter(now)) throw new SignInRefused("the ID token is dated in the future; check the server's clock");
        Object nonce = claims.getClaim("nonce");
        if (expectedNonce == null || !expectedNonce.equals(nonce)) throw new SignInRefused("the ID token does not belong to this sign-in (its nonce differs)");
        if (claims.getSubject() == null || claims.getSubject().isBlank()) throw new SignInRefused("the ID token names no subject");
        return claims;
    }
}

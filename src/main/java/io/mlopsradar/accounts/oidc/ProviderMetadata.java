package io.mlopsradar.accounts.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What a provider's discovery document says this site needs: its exact issuer, where browsers authorise, where codes
 * are exchanged, where its signing keys are, and whether it accepts the client secret in a Basic header.
 */
public record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, boolean basicAuth) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fetches and reads {@code ISSUER/.well-known/openid-configuration}; refuses a document naming another issuer. */
    public static ProviderMetadata discover(HttpClient http, OidcSettings settings) {
        URI where = settings.discoveryUri();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(where).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new SignInRefused("the identity provider's discovery document " + where + " answered " + r.statusCode());
            JsonNode doc = JSON.readTree(r.body());
            String issuer = text(doc, "issuer", where);
            if (!trimmed(issuer).equals(trimmed(settings.issuer().toString()))) {
                throw new SignInRefused("the discovery document names issuer " + issuer + ", not the configured " + settings.issuer());
            }
            boolean basic = true;
            JsonNode methods = doc.get("token_endpoint_auth_methods_supported");
            if (methods != null && methods.isArray()) {
                basic = false;
                for (JsonNode m : methods) basic |= "client_secret_basic".equals(m.asText());
            }
            return new ProviderMetadata(issuer, URI.create(text(doc, "authorization_endpoint", where)),
                    URI.create(text(doc, "token_endpoint", where)), URI.create(text(doc, "jwks_uri", where)), basic);
        } catch (IOException | IllegalArgumentException e) {
            throw new SignInRefused("the identity provider's discovery document " + where + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInRefused("interrupted while reading " + where, e);
        }
    }

    private static String text(JsonNode doc, String field, URI where) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new SignInRefused("the discovery document " + where + " has no " + field);
        return v.asText();
    }

    private static String trimmed(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

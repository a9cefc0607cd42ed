package io.mlopsradar.signals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The npm registry: latest version (dist-tags), its publication date and the package's creation date, for the tools
 * {@link PackageNames} gives an npm package.
 */
public final class NpmSource implements SignalSource {
    private final JsonHttp http;
    private final String base;
    private final PackageNames packages;

    public NpmSource(JsonHttp http, String baseUrl, PackageNames packages) {
        this.http = http;
        this.base = SignalSource.base(baseUrl);
        this.packages = packages;
    }

    @Override
    public String id() {
        return "npm";
    }

    @Override
    public Optional<Snapshot> read(Tool tool, LocalDate today) throws SourceException {
        Optional<String> name = packages.npm(tool);
        if (name.isEmpty()) return Optional.empty();
        String url = base + "/" + name.get().replace("/", "%2f");
        Optional<JsonHttp.Answer> a = http.get(url, Map.of("Accept", "application/json"), true);
        if (a.isEmpty()) return Optional.empty();
        JsonNode json = a.get().json();
        String version = json.path("dist-tags").path("latest").asText(null);
        if (version == null) throw new SourceException(url + ": malformed answer (no dist-tags.latest)");
        JsonNode time = json.path("time");
        return Optional.of(new Snapshot(tool.id(), today, url, null, null, SignalSource.day(time.get(version)), null, null,
                null, null, null, version, SignalSource.day(time.get("created")), null));
    }
}

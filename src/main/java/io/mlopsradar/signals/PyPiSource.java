package io.mlopsradar.signals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * PyPI's JSON API: the latest version, its release date, and the date of the first file ever uploaded. The package
 * is the one {@link PackageNames} gives; a tool without one has nothing here.
 */
public final class PyPiSource implements SignalSource {
    private final JsonHttp http;
    private final String base;
    private final PackageNames packages;

    public PyPiSource(JsonHttp http, String baseUrl, PackageNames packages) {
        this.http = http;
        this.base = SignalSource.base(baseUrl);
        this.packages = packages;
    }

    @Override
    public String id() {
        return "pypi";
    }

    @Override
    public Optional<Snapshot> read(Tool tool, LocalDate today) throws SourceException {
        Optional<String> name = packages.pypi(tool);
        if (name.isEmpty()) return Optional.empty();
        String url = base + "/pypi/" + name.get() + "/json";
        Optional<JsonHttp.Answer> a = http.get(url, Map.of("User-Agent", "mlops-radar"), true);
        if (a.isEmpty()) return Optional.empty();
        JsonNode json = a.get().json();
        String version = json.path("info").path("version").asText(null);
        if (version == null) throw new SourceException(url + ": malformed answer (no info.version)");
        LocalDate first = null;
        LocalDate latest = null;
        for (var files : (Iterable<Map.Entry<String, JsonNode>>) json.path("releases")::fields) {
            for (JsonNode f : files.getValue()) {
                LocalDate d = SignalSource.day(f.get("upload_time_iso_8601"));
                if (d == null) continue;
                if (first == null || d.isBefore(first)) first = d;
                if (files.getKey().equals(version) && (latest == null || d.isAfter(latest))) latest = d;
            }
        }
        return Optional.of(new Snapshot(tool.id(), today, url, null, null, latest, null, null, null, null, null, version, first, null));
    }
}

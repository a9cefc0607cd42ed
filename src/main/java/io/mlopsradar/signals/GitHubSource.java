package io.mlopsradar.signals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API: stars, archived, creation, SPDX licence and open issues from the repository; the default
 * branch's last commit; the latest release; the number of contributors from the {@code Link} header of a one-per-page
 * listing. A token (GITHUB_TOKEN) raises the rate limit; the base URL may point at GitHub Enterprise or a test server.
 */
public final class GitHubSource implements SignalSource {
    private static final Pattern REPO = Pattern.compile("https?://github\\.com/([^/]+)/([^/#?]+?)(?:\\.git)?/?$");
    private static final Pattern LAST_PAGE = Pattern.compile("[?&]page=(\\d+)[^>]*>;\\s*rel=\"last\"");

    private final JsonHttp http;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public GitHubSource(JsonHttp http, String baseUrl, String token) {
        this.http = http;
        this.base = SignalSource.base(baseUrl);
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", "2022-11-28");
        headers.put("User-Agent", "mlops-radar");
        if (token != null && !token.isBlank()) headers.put("Authorization", "Bearer " + token.trim());
    }

    @Override
    public String id() {
        return "github";
    }

    static Optional<String> ownerAndName(Tool tool) {
        if (tool.repository() == null) return Optional.empty();
        Matcher m = REPO.matcher(tool.repository().trim());
        return m.matches() ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
    }

    @Override
    public Optional<Snapshot> read(Tool tool, LocalDate today) throws SourceException {
        Optional<String> repo = ownerAndName(tool);
        if (repo.isEmpty()) return Optional.empty();
        String url = base + "/repos/" + repo.get();
        JsonHttp.Answer answer = http.get(url, headers, false).orElseThrow();
        JsonNode r = answer.json();
        if (!r.has("stargazers_count") || !r.has("full_name")) throw new SourceException(url + ": malformed answer (no stargazers_count)");
        String fullName = r.get("full_name").asText();
        String movedTo = answer.moved() || !fullName.equalsIgnoreCase(repo.get()) ? "https://github.com/" + fullName : null;
        String api = base + "/repos/" + fullName;
        LocalDate lastCommit = lastCommit(api, r.path("default_branch").asText("main"));
        LocalDate latestRelease = http.get(api + "/releases/latest", headers, true)
                .map(a -> SignalSource.day(a.json().get("published_at"))).orElse(null);
        Integer contributors = contributors(api);
        String spdx = r.path("license").path("spdx_id").asText(null);
        return Optional.of(new Snapshot(tool.id(), today, url, r.get("stargazers_count").asInt(), lastCommit, latestRelease,
                r.path("archived").asBoolean(false), SignalSource.day(r.get("created_at")), spdx,
                r.has("open_issues_count") ? r.get("open_issues_count").asInt() : null, contributors, null, null, movedTo));
    }

    private LocalDate lastCommit(String api, String branch) throws SourceException {
        var a = http.get(api + "/commits/" + branch, headers, true);
        if (a.isEmpty()) return null;
        JsonNode c = a.get().json().path("commit");
        LocalDate committed = SignalSource.day(c.path("committer").get("date"));
        if (committed == null) throw new SourceException(api + "/commits/" + branch + ": malformed answer (no commit date)");
        return committed;
    }

    private Integer contributors(String api) throws SourceException {
        var a = http.get(api + "/contributors?per_page=1&anon=true", headers, true);
        if (a.isEmpty()) return null;
        Optional<String> link = a.get().header("Link");
        if (link.isPresent()) {
            Matcher m = LAST_PAGE.matcher(link.get());
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return a.get().json().isArray() ? a.get().json().size() : null;
    }
}

package io.mlopsradar.signals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the signal sources by name with their base URLs (defaults: the public APIs; overridable for GitHub
 * Enterprise, mirrors and tests) and one polite HTTP client shared by all of them.
 */
public final class Sources {
    public static final List<String> NAMES = List.of("github", "pypi", "npm");
    public static final Map<String, String> DEFAULT_URLS = Map.of("github", "https://api.github.com",
            "pypi", "https://pypi.org", "npm", "https://registry.npmjs.org");

    private Sources() {
    }

    /** The sources named, in the order given; an unknown name is an IllegalArgumentException naming the known ones. */
    public static List<SignalSource> create(List<String> names, Map<String, String> urls, String githubToken,
                                            ResponseCache cache, Clock clock, Sleeper sleeper) {
        var http = new JsonHttp(HttpSettings.defaults(), cache, clock, sleeper);
        var packages = PackageNames.bundled();
        var out = new ArrayList<SignalSource>();
        for (String n : names) {
            String url = urls.getOrDefault(n, DEFAULT_URLS.get(n));
            out.add(switch (n) {
                case "github" -> new GitHubSource(http, url, githubToken);
                case "pypi" -> new PyPiSource(http, url, packages);
                case "npm" -> new NpmSource(http, url, packages);
                default -> throw new IllegalArgumentException("unknown source '" + n + "' (known: " + String.join(", ", NAMES) + ")");
            });
        }
        return out;
    }
}

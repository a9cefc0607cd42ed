package io.mlopsradar.cli;

import java.time.Clock;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.signals.SignalRefresh;
import io.mlopsradar.signals.Sources;
import io.mlopsradar.store.Database;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reads today's signals from outside APIs and stores them as new dated snapshots, reporting what changed. */
@Command(name = "refresh", description = "Read stars, activity and releases from GitHub, PyPI and npm into new dated snapshots.")
final class SignalsRefreshCommand implements Callable<Integer> {
    private final Clock clock;

    SignalsRefreshCommand(Clock clock) {
        this.clock = clock;
    }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Mixin
    OutputOptions output;
    @Option(names = "--tool", description = "tool id, name or alias (repeatable; default: every tool)")
    List<String> tools = new ArrayList<>();
    @Option(names = "--source", description = "github, pypi or npm (repeatable; default: github and pypi)")
    List<String> sources = new ArrayList<>();
    @Option(names = "--github-url", description = "GitHub API base URL (default $GITHUB_API_URL, else https://api.github.com)")
    String githubUrl;
    @Option(names = "--pypi-url", description = "PyPI base URL (default https://pypi.org)")
    String pypiUrl;
    @Option(names = "--npm-url", description = "npm registry base URL (default https://registry.npmjs.org)")
    String npmUrl;

    @Override
    public Integer call() {
        List<String> names = sources.isEmpty() ? List.of("github", "pypi") : sources;
        for (String n : names) {
            if (!Sources.NAMES.contains(n)) throw new BadInputException("--source: unknown source '" + n + "' (known: " + String.join(", ", Sources.NAMES) + ")");
        }
        var urls = new LinkedHashMap<String, String>();
        String gh = githubUrl != null ? githubUrl : System.getenv("GITHUB_API_URL");
        if (gh != null) urls.put("github", gh);
        if (pypiUrl != null) urls.put("pypi", pypiUrl);
        if (npmUrl != null) urls.put("npm", npmUrl);
        try (Database database = db.open()) {
            var report = SignalRefreshing.run(database, names, urls, tools, clock, spec.commandLine().getErr());
            print(report);
            return report.failed() > 0 ? 1 : 0;
        }
    }

    private void print(SignalRefresh.Report report) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            output.printJson(out, SignalRefresh.toJson(report));
            return;
        }
        var rows = report.rows().stream().map(r -> List.of(r.tool(), r.source(), r.outcome(),
                r.error() != null ? r.error() : r.changes().isEmpty() ? "no change" : String.join("; ", r.changes()))).toList();
        output.printTable(out, List.of("tool", "source", "outcome", "changes"), rows);
        out.printf("%d snapshots written, %d failed%n", report.written(), report.failed());
        out.flush();
    }

    static List<Tool> chosen(Catalog catalog, List<String> names) {
        return names.isEmpty() ? catalog.tools() : names.stream().map(catalog::get).distinct().toList();
    }
}

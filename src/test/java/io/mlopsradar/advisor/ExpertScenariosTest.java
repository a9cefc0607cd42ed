package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Relations;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.YamlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures the advice against expert judgement: each scenario under advisor/scenarios is an organisation and, per
 * need, the options a senior practitioner would accept first and those they would reject. Every first option must
 * be acceptable; the figures (first acceptable, one acceptable in the top three, rejected options shown) are printed
 * and reported in docs/profile.md.
 */
class ExpertScenariosTest {
    static final Path DIR = Path.of("src/test/resources/advisor/scenarios");

    /** One judged need: what was offered, what the expert accepts and rejects. */
    record Judged(String scenario, String need, List<String> offered, List<String> accept, List<String> reject) {
        boolean firstAcceptable() {
            return !offered.isEmpty() && accept.contains(offered.get(0));
        }

        boolean topThreeAcceptable() {
            return offered.stream().anyMatch(accept::contains);
        }

        long rejectedShown() {
            return offered.stream().filter(reject::contains).count();
        }
    }

    static Stream<Path> scenarios() throws IOException {
        try (var files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static List<Judged> judge(Path file) {
        Node root = YamlFile.read(file);
        Profile profile = new ProfileCheck(Framework.bundled(), Catalog.bundled(), file.toString()).check(root.get("profile"));
        Advice advice = new Advisor(Framework.bundled(), Catalog.bundled(), Relations.bundled(), Profiles.DAY).advise(profile);
        var out = new ArrayList<Judged>();
        for (Node n : root.get("needs").items()) {
            String need = n.get("need").text();
            var offered = advice.recommendationFor(need).orElseThrow(() -> new AssertionError(file + ": " + need + " is not a pain"))
                    .options().stream().map(Recommendation.Option::id).toList();
            if (Boolean.getBoolean("scenarios.verbose")) {
                var r = advice.recommendationFor(need).orElseThrow();
                System.out.println("== " + file.getFileName() + " " + need);
                r.options().forEach(o -> System.out.println("   " + o.id() + " " + o.score() + " " + o.components().stream()
                        .map(c -> c.name() + "=" + c.points()).toList()));
                r.whyNot().forEach(w -> System.out.println("   x " + w.id() + ": " + w.reason()));
            }
            out.add(new Judged(file.getFileName().toString(), need, offered, n.get("accept").texts(), n.get("reject").texts()));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyFirstOptionIsOneAnExpertAccepts(Path file) {
        for (Judged j : judge(file)) {
            assertThat(j.accept()).as(j.scenario() + " / " + j.need() + " offered " + j.offered()).contains(j.offered().get(0));
            assertThat(Catalog.bundled().find(j.offered().get(0))).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void judgementsNameOnlyCatalogueTools(Path file) {
        for (Judged j : judge(file)) {
            Stream.concat(j.accept().stream(), j.reject().stream())
                    .forEach(id -> assertThat(Catalog.bundled().find(id)).as(file + ": " + id).isPresent());
        }
    }

    @Test
    void theFiguresReportedInProfileMd() throws IOException {
        var all = scenarios().flatMap(f -> judge(f).stream()).toList();
        long first = all.stream().filter(Judged::firstAcceptable).count();
        long top3 = all.stream().filter(Judged::topThreeAcceptable).count();
        long rejected = all.stream().mapToLong(Judged::rejectedShown).sum();
        all.forEach(j -> System.out.println(j.scenario() + " " + j.need() + " -> " + j.offered()
                + (j.firstAcceptable() ? "" : "  FIRST NOT ACCEPTED") + (j.rejectedShown() > 0 ? "  REJECTED SHOWN" : "")));
        System.out.printf("scenarios %d, needs %d, first acceptable %d, top three acceptable %d, rejected shown %d%n",
                scenarios().count(), all.size(), first, top3, rejected);
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(15);
        assertThat(first).isEqualTo(all.size());
    }
}

package io.mlopsradar.cli;

import io.mlopsradar.catalog.Relations;
import java.time.Clock;
import io.mlopsradar.advisor.Advice;
import io.mlopsradar.advisor.AdviceHtml;
import io.mlopsradar.advisor.AdviceJson;
import io.mlopsradar.advisor.AdviceMarkdown;
import io.mlopsradar.advisor.Advisor;
import io.mlopsradar.advisor.ProfileReader;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.pictures.AdvicePictures;
import io.mlopsradar.drawing.HtmlPdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Advises one organisation from its profile: where it stands, its radar, two or three options per pain, a plan. */
@Command(name = "advise", description = "Advise an organisation from its profile (see docs/profile.md).")
final class AdviseCommand implements Callable<Integer> {
    private final Clock clock;

    AdviseCommand(Clock clock) {
        this.clock = clock;
    }

    /** The report formats; pdf is binary and needs --out. */
    enum Format { md, json, html, pdf }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "organisation profile (YAML)")
    Path profile;
    @Option(names = "--format", defaultValue = "md", description = "md (default), json, html or pdf")
    Format format = Format.md;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day to advise on (default: today); ages and activity are read on it")
    java.time.LocalDate date;
    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path out;

    /** Markdown; written to a file, the capability map goes beside it as an SVG and the report shows it. */
    private String markdown(Advice advice, Framework framework, Catalog catalog) throws IOException {
        String md = AdviceMarkdown.render(advice, framework);
        if (out == null) return md;
        String name = out.getFileName().toString().replaceFirst("\\.md$", "") + "-landscape.svg";
        Path svg = out.toAbsolutePath().resolveSibling(name);
        Files.createDirectories(svg.getParent());
        Files.writeString(svg, AdvicePictures.capabilityMap(framework, catalog, advice, null));
        String image = "![The landscape with " + advice.organisation().name().replaceAll("[\\[\\]]", "")
                + "'s stack highlighted](" + name + ")\n\n";
        int at = md.indexOf("\n## ");
        int lineEnd = at < 0 ? -1 : md.indexOf('\n', at + 1);
        return lineEnd < 0 ? md + "\n" + image : md.substring(0, lineEnd + 1) + "\n" + image + md.substring(lineEnd + 1);
    }

    @Override
    public Integer call() throws IOException {
        if (format == Format.pdf && out == null) throw new BadInputException("--format pdf needs --out FILE");
        Framework framework = Framework.bundled();
        Catalog catalog = StoredCatalog.catalog(db);
        var organisation = new ProfileReader(framework, catalog).read(profile);
        Advice advice = new Advisor(framework, catalog, Relations.bundled(), date == null ? java.time.LocalDate.now(clock) : date).advise(organisation);
        byte[] report = switch (format) {
            case md -> utf8(markdown(advice, framework, catalog));
            case json -> utf8(OutputOptions.jsonWriter().writeValueAsString(AdviceJson.of(advice)) + "\n");
            case html -> utf8(AdviceHtml.render(advice, framework, AdvicePictures.capabilityMap(framework, catalog, advice, null)));
            case pdf -> HtmlPdf.toPdf(AdviceHtml.render(advice, framework, AdvicePictures.capabilityMapImage(framework, catalog, advice)));
        };
        if (out == null) {
            var writer = spec.commandLine().getOut();
            writer.print(new String(report, StandardCharsets.UTF_8));
            writer.flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, report);
        }
        return 0;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

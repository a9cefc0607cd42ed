package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;

import java.time.Clock;
import io.mlopsradar.pictures.CatalogPictures;
import io.mlopsradar.pictures.CatalogReport;
import io.mlopsradar.drawing.LandscapeSvg;
import io.mlopsradar.drawing.PdfReport;
import io.mlopsradar.drawing.PngExport;
import io.mlopsradar.drawing.RadarSvg;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.ToolFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Draws the bundled catalogue's radar or landscape as SVG, PNG or PDF. */
@Command(name = "render", description = "Draw the radar or the landscape as SVG, PNG or PDF (by the --out extension).")
final class RenderCommand implements Callable<Integer> {
    private final Clock clock;

    RenderCommand(Clock clock) {
        this.clock = clock;
    }

    /** The two pictures of the catalogue. */
    enum Picture { radar, landscape }

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions db;
    @Parameters(paramLabel = "PICTURE", description = "radar or landscape")
    Picture picture;
    @Option(names = "--ring", description = "only this ring")
    String ring;
    @Option(names = "--quadrant", description = "only this quadrant")
    String quadrant;
    @Option(names = "--category", description = "only tools of this category (primary or other)")
    String category;
    @Option(names = "--capability", description = "only tools covering this capability (primary or also)")
    String capability;
    @Option(names = "--diagonals", description = "landscape: draw the two diagonals")
    boolean diagonals;
    @Option(names = "--highlight", split = ",", description = "landscape: tools to emphasise (ids, names or aliases)")
    List<String> highlight = List.of();
    @Option(names = "--width", description = "PNG width in pixels (default 1800)", defaultValue = "1800")
    float width;
    @Option(names = "--out", required = true, description = "FILE.svg, FILE.png or FILE.pdf")
    Path out;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString().toLowerCase();
        if (!name.endsWith(".svg") && !name.endsWith(".png") && !name.endsWith(".pdf")) {
            throw new BadInputException("--out must end in .svg, .png or .pdf: " + out);
        }
        var catalog = StoredCatalog.catalog(db);
        RadarOfCatalog radar = StoredCatalog.radar(catalog, LocalDate.now(clock));
        List<AssessedTool> tools = radar.filter(new ToolFilter(quadrant, category, ring, null, null, null, capability));
        var pictures = new CatalogPictures(radar.framework());
        String date = LocalDate.now(clock).toString();
        String svg = picture == Picture.radar
                ? RadarSvg.render(pictures.radar("MLOps Radar", date, tools, Map.of(), null))
                : LandscapeSvg.render(pictures.landscape("The MLOps landscape", tools, diagonals, highlighted(catalog), null),
                        quadrant == null ? -1 : radar.framework().quadrants().indexOf(radar.framework().quadrant(quadrant)));
        byte[] bytes = name.endsWith(".svg") ? svg.getBytes(StandardCharsets.UTF_8)
                : name.endsWith(".png") ? PngExport.toPngAtLeast(svg, width)
                : PdfReport.toPdf(CatalogReport.of(radar.framework(), "MLOps Radar", date, svg, tools));
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes);
        spec.commandLine().getOut().println("wrote " + out + " (" + tools.size() + " tools, " + bytes.length + " bytes)");
        return 0;
    }

    private Set<String> highlighted(Catalog catalog) {
        return Set.copyOf(highlight.stream().map(h -> catalog.get(h.trim()).id()).toList());
    }
}

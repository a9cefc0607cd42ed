package io.mlopsradar.drawing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes the sample pictures under docs/images; run by hand, not part of the test suite. */
final class SamplePictures {

    static final List<String> SEGMENTS = List.of("Cloud Platforms", "Machine Learning Platforms",
            "Specialized ML Tools", "Standard SWE Tools");
    static final List<String> RINGS = List.of("Adopt", "Trial", "Assess", "Hold");
    private static final String[] SYLLABLES = {"ml", "flow", "data", "kube", "dag", "ster", "opt", "una", "feat",
            "store", "vec", "tor", "lab", "el", "serve", "hub", "pipe", "line", "track", "net", "spark", "ray"};

    private SamplePictures() {
    }

    static List<RadarEntry> madeUpEntries(int count, int segments, int rings, long seed) {
        Random random = new Random(seed);
        Movement[] movements = Movement.values();
        List<RadarEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = madeUpName(random) + (i >= SYLLABLES.length * 4 ? " " + i : "");
            entries.add(new RadarEntry("tool-" + i, name, random.nextInt(segments), random.nextInt(rings),
                    random.nextInt(3) == 0 ? movements[random.nextInt(3)] : Movement.UNCHANGED));
        }
        return entries;
    }

    private static String madeUpName(Random random) {
        String name = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(dir);
        RadarPicture radar = new RadarPicture("MLOps Radar", "Edition 2026-11", SEGMENTS, RINGS,
                madeUpEntries(120, 4, 4, 7), "/tools/{id}");
        String svg = RadarSvg.render(radar);
        Files.writeString(dir.resolve("sample-radar.svg"), svg);
        Files.write(dir.resolve("sample-radar.png"), PngExport.toPng(svg, 1800));
        String landscape = LandscapeSvg.render(SampleLandscape.picture(SampleLandscape.points(170, 5),
                java.util.Set.of()));
        Files.writeString(dir.resolve("sample-landscape.svg"), landscape);
        Files.write(dir.resolve("sample-landscape.png"), PngExport.toPng(landscape, 1600));
        String timeline = TimelineSvg.render(TimelineSvgTest.mlflow());
        Files.writeString(dir.resolve("sample-timeline.svg"), timeline);
        Files.write(dir.resolve("sample-timeline.png"), PngExport.toPng(timeline, 1010));
    }
}

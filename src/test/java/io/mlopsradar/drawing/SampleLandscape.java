package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Test data: the framework's quadrants and categories, a monotone ring field and made-up tools around them. */
final class SampleLandscape {

    static final List<String> QUADRANTS = List.of("Cloud Platforms", "Machine Learning Platforms",
            "Specialized ML Tools", "Standard SWE Tools");
    static final List<String> RINGS = List.of("Adopt", "Trial", "Assess", "Hold");
    static final List<CategoryArea> CATEGORIES = List.of(
            new CategoryArea("general-cloud", "General Cloud Providers", 0, 0.1, 0.9),
            new CategoryArea("vendor-ai", "Vendor AI Platform", 0, 0.3, 0.84),
            new CategoryArea("big-data-iaas", "Big Data IaaS", 0, 0.2, 0.66),
            new CategoryArea("ml-iaas", "ML-focused IaaS", 0, 0.4, 0.62),
            new CategoryArea("high-coverage-saas", "High-coverage SaaS", 1, 0.7, 0.93),
            new CategoryArea("project-frameworks", "ML Project Frameworks", 1, 0.62, 0.7),
            new CategoryArea("task-orchestrators", "ML Task Orchestrators", 1, 0.78, 0.76),
            new CategoryArea("no-code", "No-code ML Platforms", 1, 0.93, 0.86),
            new CategoryArea("custom", "Custom ML Platforms", 1, 0.9, 0.62),
            new CategoryArea("experimentation", "Experimentation Platforms", 2, 0.8, 0.4),
            new CategoryArea("data-versioning", "Data Version Control", 2, 0.6, 0.3),
            new CategoryArea("single-component", "Single-component ML Tools", 2, 0.82, 0.12),
            new CategoryArea("data-orchestrators", "Data Orchestrators", 3, 0.38, 0.36),
            new CategoryArea("ci-cd", "CI/CD Pipelines", 3, 0.25, 0.22),
            new CategoryArea("swe-stack", "Common SWE Stack", 3, 0.1, 0.08));
    static final RingField FIELD = (x, y) -> {
        double risk = 0.6 * x + 0.4 * y;
        return risk < 0.36 ? 0 : risk < 0.58 ? 1 : risk < 0.78 ? 2 : 3;
    };

    private SampleLandscape() {
    }

    static List<LandscapePoint> points(int count, long seed) {
        Random random = new Random(seed);
        List<LandscapePoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CategoryArea c = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            double x = clamp(c.anchorX() + random.nextGaussian() * 0.06);
            double y = clamp(c.anchorY() + random.nextGaussian() * 0.05);
            String name = SamplePictures.madeUpEntries(1, 1, 1, seed * 1000 + i).get(0).name();
            points.add(new LandscapePoint("t" + i, name, x, y, FIELD.ringAt(x, y), c.name()));
        }
        return points;
    }

    static LandscapePicture picture(List<LandscapePoint> points, Set<String> highlighted) {
        return new LandscapePicture("The MLOps landscape", new AxisLabels("software-focused", "model-focused",
                "piecemeal", "all-in-one"), QUADRANTS, CATEGORIES, FIELD, RINGS, points, true, highlighted,
                "/tools/{id}");
    }

    private static double clamp(double v) {
        return Math.max(0.01, Math.min(0.99, v));
    }
}

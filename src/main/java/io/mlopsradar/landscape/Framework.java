package io.mlopsradar.landscape;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole landscape vocabulary: axes, quadrants, categories, rings, lifecycle stages, ring regions and the
 * capabilities tools are hired for.
 */
public record Framework(Axis xAxis, Axis yAxis, List<Quadrant> quadrants, List<Category> categories, List<Ring> rings,
                        List<RingBoundary> ringRegions, List<Stage> stages, List<Interlock> interlocks,
                        List<Capability> capabilities) {

    private static volatile Framework bundled;

    /** The framework shipped in the jar. */
    public static Framework bundled() {
        if (bundled == null) bundled = FrameworkReader.readBundled();
        return bundled;
    }

    public Quadrant quadrant(String id) {
        return find(quadrants, id, "quadrant");
    }

    public Category category(String id) {
        return find(categories, id, "category");
    }

    public Ring ring(String id) {
        return find(rings, id, "ring");
    }

    public Stage stage(String id) {
        return find(stages, id, "stage");
    }

    public Capability capability(String id) {
        return find(capabilities, id, "capability");
    }

    /** The capability's display name; its id when this framework does not know it, empty when there is none. */
    public String capabilityName(String id) {
        if (id == null || id.isBlank()) return "";
        return hasCapability(id) ? capability(id).name() : id;
    }

    /** True when a capability with this id exists. */
    public boolean hasCapability(String id) {
        return capabilities.stream().anyMatch(c -> c.id().equals(id));
    }

    /**
     * The capabilities that serve a stage, its core ones first (in the stage's order), then the others in the
     * framework's order.
     */
    public List<Capability> capabilitiesOf(String stageId) {
        Stage stage = stage(stageId);
        var out = new java.util.ArrayList<Capability>();
        for (String core : stage.core()) out.add(capability(core));
        for (Capability c : capabilities) if (c.stages().contains(stage.id()) && !out.contains(c)) out.add(c);
        return out;
    }

    /** True when the capability is one of the stage's core capabilities. */
    public boolean isCore(String stageId, String capabilityId) {
        return stage(stageId).core().contains(capabilityId);
    }

    public Quadrant quadrantOf(Category category) {
        return quadrant(category.quadrant());
    }

    /** The quadrant holding a point, by the centre lines. */
    public Quadrant quadrantAt(double x, double y) {
        return quadrants.stream().filter(q -> q.contains(x, y)).findFirst().orElseThrow();
    }

    /**
     * The quadrants clockwise from the top right: the order a radar draws its segments from twelve o'clock, so
     * that each quadrant sits in the same corner as on the landscape.
     */
    public List<Quadrant> quadrantsClockwiseFromTopRight() {
        return quadrants.stream().sorted(java.util.Comparator.comparingInt(Framework::clockFromTopRight)).toList();
    }

    private static int clockFromTopRight(Quadrant q) {
        if (q.allInOne()) return q.modelFocused() ? 0 : 3;
        return q.modelFocused() ? 1 : 2;
    }

    public Map<String, Category> categoriesById() {
        return categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    /** Looks up a quadrant, category, ring, stage or capability by id or by name, ignoring case. */
    private static <T extends Named> T find(List<T> items, String key, String kind) {
        for (T item : items) if (item.id().equalsIgnoreCase(key) || item.name().equalsIgnoreCase(key)) return item;
        throw new NoSuchElementException("unknown " + kind + " '" + key + "'; known: "
                + items.stream().map(Named::id).collect(Collectors.joining(", ")));
    }
}

package io.mlopsradar.rings;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import java.util.List;

/** The categories with the ring of the landscape region at each anchor, in the JSON shape of docs/cli.md. */
public final class CategoryRings {
    private CategoryRings() {
    }

    /** One category in JSON: where its anchor lies and the ring of the region there. */
    public record CategoryRing(String id, String name, String quadrant, double x, double y, String ring, String description) {
    }

    public static List<CategoryRing> list(Framework framework) {
        var regions = new RegionMap(framework);
        return framework.categories().stream().map(c -> new CategoryRing(c.id(), c.name(), c.quadrant(), c.anchorX(),
                c.anchorY(), ring(framework, regions, c).id(), c.description())).toList();
    }

    /** The ring of the landscape region at the category's anchor. */
    public static Ring ring(Framework framework, RegionMap regions, Category category) {
        return framework.rings().get(regions.ringAt(category.anchorX(), category.anchorY()));
    }
}

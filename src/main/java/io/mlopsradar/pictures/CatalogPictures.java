package io.mlopsradar.pictures;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Quadrant;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.drawing.AxisLabels;
import io.mlopsradar.drawing.CategoryArea;
import io.mlopsradar.drawing.LandscapePicture;
import io.mlopsradar.drawing.CrowdSpread;
import io.mlopsradar.drawing.LandscapePoint;
import io.mlopsradar.drawing.Movement;
import io.mlopsradar.drawing.RadarEntry;
import io.mlopsradar.drawing.RadarPicture;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RegionMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns assessed catalogue tools into the render package's pictures: the radar (quadrants as segments, laid out
 * so each sits where it sits on the landscape) and the landscape itself.
 */
public final class CatalogPictures {
    /** Link pattern for the web app's tool pages. */
    public static final String TOOL_LINK = "/tools/{id}";

    private final Framework framework;

    public CatalogPictures(Framework framework) {
        this.framework = framework;
    }

    public RadarPicture radar(String title, String date, List<AssessedTool> tools, Map<String, Movement> movements,
                              String linkPattern) {
        List<Quadrant> segments = framework.quadrantsClockwiseFromTopRight();
        List<String> segmentIds = segments.stream().map(Quadrant::id).toList();
        List<String> ringIds = framework.rings().stream().map(Ring::id).toList();
        List<RadarEntry> entries = tools.stream().map(a -> new RadarEntry(a.tool().id(), a.tool().name(),
                segmentIds.indexOf(a.assessment().quadrant()), ringIds.indexOf(a.ring()),
                movements.getOrDefault(a.tool().id(), Movement.UNCHANGED))).toList();
        return new RadarPicture(title, date, segments.stream().map(Quadrant::name).toList(),
                framework.rings().stream().map(Ring::name).toList(), entries, linkPattern);
    }

    public LandscapePicture landscape(String title, List<AssessedTool> tools, boolean diagonals, Set<String> highlighted,
                                      String linkPattern) {
        var regions = new RegionMap(framework);
        List<String> ringIds = framework.rings().stream().map(Ring::id).toList();
        List<Quadrant> quadrants = framework.quadrants();
        List<CategoryArea> areas = framework.categories().stream().map(c -> area(c, quadrants)).toList();
        List<LandscapePoint> points = tools.stream().map(a -> new LandscapePoint(a.tool().id(), a.tool().name(),
                a.assessment().position().x(), a.assessment().position().y(), ringIds.indexOf(a.ring()),
                framework.category(a.tool().category()).name())).toList();
        return CrowdSpread.spread(new LandscapePicture(title, new AxisLabels(framework.xAxis().low(), framework.xAxis().high(),
                framework.yAxis().low(), framework.yAxis().high()), quadrants.stream().map(Quadrant::name).toList(),
                areas, regions::ringAt, framework.rings().stream().map(Ring::name).toList(), points, diagonals,
                highlighted, linkPattern));
    }

    private CategoryArea area(Category c, List<Quadrant> quadrants) {
        int index = quadrants.indexOf(framework.quadrantOf(c));
        return new CategoryArea(c.id(), c.name(), index, c.anchorX(), c.anchorY());
    }
}

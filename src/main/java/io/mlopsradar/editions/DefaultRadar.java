package io.mlopsradar.editions;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Quadrant;
import io.mlopsradar.landscape.Ring;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.rings.RadarOfCatalog;
import java.time.LocalDate;
import java.util.List;

/** The MLOps radar: the landscape's quadrants as segments, the policy's four rings, one blip per catalogue tool. */
public final class DefaultRadar {
    public static final String NAME = "mlops";
    public static final String TITLE = "MLOps Radar";

    private DefaultRadar() {
    }

    public static Radar radar(Framework framework) {
        return new Radar(NAME, TITLE, framework.quadrantsClockwiseFromTopRight().stream().map(Quadrant::name).toList(),
                framework.rings().stream().map(Ring::name).toList());
    }

    /** A published edition holding every tool in the ring the policy (or a curator) gives it. */
    public static Edition edition(RadarOfCatalog assessed, LocalDate date) {
        Framework f = assessed.framework();
        List<Blip> blips = assessed.tools().stream().map(a -> blip(f, a)).toList();
        return Edition.published(date, blips);
    }

    private static Blip blip(Framework f, AssessedTool a) {
        return new Blip(a.tool().id(), a.tool().name(), f.ring(a.ring()).name(),
                f.quadrant(a.assessment().quadrant()).name(), null);
    }
}

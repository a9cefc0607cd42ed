package io.mlopsradar.pictures;

import io.mlopsradar.drawing.RadarSvg;

import io.mlopsradar.advisor.Advice;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.drawing.LandscapeSvg;
import io.mlopsradar.drawing.PngExport;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import java.util.Base64;
import java.util.Set;

/** The advisor's capability map as a picture: the landscape with the organisation's stack highlighted. */
public final class AdvicePictures {
    private AdvicePictures() {
    }

    /** The landscape SVG with the stack emphasised; links to tool pages when linkPattern is given. */
    public static String capabilityMap(Framework framework, Catalog catalog, Advice advice, String linkPattern) {
        var assessed = new RadarOfCatalog(framework, catalog, RingContext.global(advice.year()));
        var picture = new CatalogPictures(framework).landscape("Where " + advice.organisation().name() + "'s stack sits",
                assessed.tools(), true, Set.copyOf(advice.capability().stackIds()), linkPattern);
        return LandscapeSvg.render(picture);
    }

    /** The organisation's own radar: every tool its constraints allow, in the ring its context gives it. */
    public static String personalRadar(Framework framework, Advice advice, String linkPattern) {
        var picture = new CatalogPictures(framework).radar("Radar for " + advice.organisation().name(),
                String.valueOf(advice.year()), advice.radar(), java.util.Map.of(), linkPattern);
        return RadarSvg.render(picture);
    }

    /** The same picture as an HTML image with a PNG data URI, for PDF output. */
    public static String capabilityMapImage(Framework framework, Catalog catalog, Advice advice) {
        byte[] png = PngExport.toPngAtLeast(capabilityMap(framework, catalog, advice, null), 1600);
        return "<img alt=\"The landscape with the stack highlighted\" style=\"width: 100%\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"/>";
    }
}

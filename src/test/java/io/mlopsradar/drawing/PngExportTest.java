package io.mlopsradar.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class PngExportTest {
    private static final String WIDE = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"3000\" viewBox=\"0 0 4000 3000\">"
            + "<rect width=\"4000\" height=\"3000\" fill=\"#336699\"/></svg>";

    @Test
    void aPictureWiderThanAskedKeepsItsNaturalWidth() {
        assertEquals(4000, width(PngExport.toPngAtLeast(WIDE, 1800)));
    }

    @Test
    void aPixelBudgetScalesALargePictureDownKeepingItsShape() {
        byte[] png = PngExport.toPngWithin(WIDE, 1800, 1_200_000);
        assertTrue((long) width(png) * height(png) <= 1_200_000, width(png) + " x " + height(png));
        assertEquals(1264, width(png));
        assertEquals(948, height(png), 1);
    }

    @Test
    void aPictureWithinTheBudgetIsDrawnAsAsked() {
        assertEquals(4000, width(PngExport.toPngWithin(WIDE, 1800, 20_000_000)));
    }

    private static int width(byte[] png) {
        return ByteBuffer.wrap(png, 16, 4).getInt(); // IHDR: width, then height
    }

    private static int height(byte[] png) {
        return ByteBuffer.wrap(png, 20, 4).getInt();
    }
}

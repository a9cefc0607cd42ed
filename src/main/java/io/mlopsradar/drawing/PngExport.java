package io.mlopsradar.drawing;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Turns one of our SVG pictures into a PNG of a given width (height follows the picture's aspect ratio). */
public final class PngExport {

    private PngExport() {
    }

    /**
     * Renders at least {@code widthPx} wide, wider when the picture itself is wider (a crowded landscape grows):
     * the text then keeps its size instead of shrinking with the picture.
     */
    public static byte[] toPngAtLeast(String svg, float widthPx) {
        return toPng(svg, Math.max(widthPx, natural(svg, "width")));
    }

    /**
     * Like {@link #toPngAtLeast}, but never more than {@code maxPixels} pixels in all (a server's memory bound: a
     * 2,000-blip radar at its natural 4,800 x 3,500 px needs a 68 MB raster); a larger picture is scaled down to fit.
     */
    public static byte[] toPngWithin(String svg, float widthPx, long maxPixels) {
        float width = Math.max(widthPx, natural(svg, "width"));
        float height = natural(svg, "height");
        if (height > 0 && (double) width * width * height / natural(svg, "width") > maxPixels) {
            width = (float) Math.floor(Math.sqrt(maxPixels * (double) natural(svg, "width") / height));
        }
        return toPng(svg, width);
    }

    private static float natural(String svg, String attribute) {
        var m = java.util.regex.Pattern.compile("<svg[^>]*?\\s" + attribute + "=\"([0-9.]+)\"").matcher(svg);
        return m.find() ? Float.parseFloat(m.group(1)) : 0;
    }

    /** Renders the SVG text to PNG bytes. */
    public static byte[] toPng(String svg, float widthPx) {
        if (widthPx <= 0) {
            throw new IllegalArgumentException("width must be positive, was " + widthPx);
        }
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, widthPx);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new IllegalStateException("Could not render SVG to PNG: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }
}

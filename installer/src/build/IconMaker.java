import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Build tool (not product code): draws Zhiku's icon — the glyph 知 on a rounded square — with Java2D and writes
 * {@code zhiku-N.png} for N = 16…1024, {@code zhiku.ico} (Windows: 16, 24, 32, 48, 64, 256) and {@code zhiku.icns}
 * (macOS: 16…1024). Run with {@code java -Djava.awt.headless=true IconMaker.java OUTPUT_DIR}.
 */
public final class IconMaker {

    private static final int[] PNG_SIZES = {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 256};
    private static final String GLYPH = "知";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "icons");
        Files.createDirectories(out);
        Font font = cjkFont();
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            byte[] png = png(draw(size, font));
            pngs.put(size, png);
            Files.write(out.resolve("zhiku-" + size + ".png"), png);
        }
        Files.write(out.resolve("zhiku.ico"), ico(pngs));
        Files.write(out.resolve("zhiku.icns"), icns(pngs));
        System.out.println("icons: " + PNG_SIZES.length + " PNGs, zhiku.ico, zhiku.icns in " + out
                + " (font: " + (font == null ? "none, fallback shape" : font.getFontName()) + ")");
    }

    /** A font that can show 知: a CJK sans if installed (Noto CJK, Microsoft YaHei, PingFang), else null. */
    private static Font cjkFont() {
        String[] preferred = {"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei",
            "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "SimHei"};
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        for (String name : preferred) {
            for (String family : installed) {
                if (family.equalsIgnoreCase(name)) {
                    return new Font(family, Font.BOLD, 100);
                }
            }
        }
        for (String family : installed) {
            Font f = new Font(family, Font.BOLD, 100);
            if (f.canDisplay(GLYPH.charAt(0))) {
                return f;
            }
        }
        return null;
    }

    private static BufferedImage draw(int size, Font font) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double margin = size <= 24 ? 0 : size * 0.06;
        double side = size - 2 * margin;
        double arc = side * 0.36;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F6FDB), 0, size, new Color(0x1B3F8F)));
        g.fill(new RoundRectangle2D.Double(margin, margin, side, side, arc, arc));
        g.setColor(Color.WHITE);
        if (font == null) {
            // No CJK font on this machine: a book-like mark instead of the glyph, still recognisable.
            g.fill(new RoundRectangle2D.Double(size * 0.28, size * 0.25, size * 0.44, size * 0.5, size * 0.06,
                    size * 0.06));
        } else {
            GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), GLYPH);
            Rectangle2D b = gv.getVisualBounds();
            double scale = side * 0.66 / Math.max(b.getWidth(), b.getHeight());
            g.translate(size / 2.0, size / 2.0);
            g.scale(scale, scale);
            g.translate(-b.getCenterX(), -b.getCenterY());
            g.fill(gv.getOutline());
        }
        g.dispose();
        return img;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later read them). */
    private static byte[] ico(Map<Integer, byte[]> pngs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int offset = 6 + 16 * ICO_SIZES.length;
        writeLe16(bytes, 0);
        writeLe16(bytes, 1);
        writeLe16(bytes, ICO_SIZES.length);
        for (int size : ICO_SIZES) {
            byte[] png = pngs.get(size);
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(size >= 256 ? 0 : size);
            bytes.write(0);
            bytes.write(0);
            writeLe16(bytes, 1);
            writeLe16(bytes, 32);
            writeLe32(bytes, png.length);
            writeLe32(bytes, offset);
            offset += png.length;
        }
        for (int size : ICO_SIZES) {
            bytes.write(pngs.get(size));
        }
        return bytes.toByteArray();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
    private static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] png = pngs.get(e.getValue());
            data.writeBytes(e.getKey());
            data.writeInt(8 + png.length);
            data.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        head.write(body.toByteArray());
        return file.toByteArray();
    }

    private static void writeLe16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void writeLe32(ByteArrayOutputStream out, int v) {
        writeLe16(out, v & 0xFFFF);
        writeLe16(out, (v >>> 16) & 0xFFFF);
    }
}

package dev.zhiku.indexer.testdocs;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Renders lines of text into a clean black-on-white image, large enough for OCR. */
final class TextImages {

    private static final int FONT_SIZE = 48;
    private static final int MARGIN = 60;

    private TextImages() {
    }

    static BufferedImage render(List<String> lines) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, FONT_SIZE);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = probe.createGraphics();
        int width = lines.stream().mapToInt(l -> measure.getFontMetrics(font).stringWidth(l)).max().orElse(0);
        measure.dispose();
        int lineHeight = FONT_SIZE * 2;
        BufferedImage image = new BufferedImage(width + 2 * MARGIN, lines.size() * lineHeight + 2 * MARGIN,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), MARGIN, MARGIN + FONT_SIZE + i * lineHeight);
        }
        g.dispose();
        return image;
    }

    static TestDocument png(Path dir) throws IOException {
        Path file = dir.resolve("meeting-room-sign.png");
        ImageIO.write(render(List.of(Phrases.IMAGE.english())), "png", file.toFile());
        return TestDocument.single(file, "image/png", Phrases.IMAGE);
    }
}

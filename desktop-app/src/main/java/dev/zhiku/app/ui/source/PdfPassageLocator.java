package dev.zhiku.app.ui.source;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds where a passage's words stand on a PDF page: the page's glyphs are collected with their positions, the
 * passage is looked up in them ignoring white space (extractors break lines and space out CJK glyphs
 * differently), and the glyphs found are merged into one box per line.
 */
final class PdfPassageLocator extends PDFTextStripper {

    private final List<TextPosition> glyphs = new ArrayList<>();

    private PdfPassageLocator() {
        setSortByPosition(true);
    }

    /** The boxes of the first of {@code candidates} found on {@code page} (1-based); empty when none is. */
    static List<HighlightBox> locate(PDDocument document, int page, List<String> candidates) throws IOException {
        PdfPassageLocator locator = new PdfPassageLocator();
        locator.setStartPage(page);
        locator.setEndPage(page);
        locator.getText(document);
        StringBuilder letters = new StringBuilder();
        List<TextPosition> owners = new ArrayList<>();
        for (TextPosition glyph : locator.glyphs) {
            String unicode = squeeze(glyph.getUnicode());
            for (int i = 0; i < unicode.length(); i++) {
                letters.append(unicode.charAt(i));
                owners.add(glyph);
            }
        }
        for (String candidate : candidates) {
            String wanted = squeeze(candidate);
            int at = wanted.isEmpty() ? -1 : letters.indexOf(wanted);
            if (at >= 0) {
                return lines(owners.subList(at, at + wanted.length()));
            }
        }
        return List.of();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        glyphs.addAll(positions);
        super.writeString(text, positions);
    }

    /** NFKC (ligatures, full-width forms) without any white space. */
    static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<HighlightBox> lines(List<TextPosition> found) {
        List<HighlightBox> lines = new ArrayList<>();
        HighlightBox line = null;
        double baseline = Double.NaN;
        TextPosition last = null;
        for (TextPosition glyph : found) {
            if (glyph == last) {
                continue;
            }
            last = glyph;
            HighlightBox box = box(glyph);
            boolean sameLine = line != null && Math.abs(glyph.getYDirAdj() - baseline) < glyph.getHeightDir() / 2;
            if (sameLine) {
                line = line.union(box);
            } else {
                if (line != null) {
                    lines.add(line);
                }
                line = box;
                baseline = glyph.getYDirAdj();
            }
        }
        if (line != null) {
            lines.add(line);
        }
        return lines;
    }

    private static HighlightBox box(TextPosition glyph) {
        double height = Math.max(glyph.getHeightDir(), glyph.getFontSizeInPt() * 0.8);
        double top = glyph.getYDirAdj() - height;
        double descent = glyph.getFontSizeInPt() * 0.25;
        return new HighlightBox(glyph.getXDirAdj(), top, Math.max(glyph.getWidthDirAdj(), 1), height + descent);
    }
}

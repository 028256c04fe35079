package dev.zhiku.app.ui.source;

import java.util.List;

/**
 * One PDF page as pixels, with the passage's boxes on it (none when the passage is on another page).
 *
 * @param page      the 1-based page number
 * @param width     width in pixels
 * @param height    height in pixels
 * @param argb      the pixels, row by row, as 0xAARRGGBB
 * @param scale     pixels per PDF point
 * @param highlight the passage's boxes in PDF points (multiply by {@code scale} for pixels)
 */
public record RenderedPage(int page, int width, int height, int[] argb, double scale, List<HighlightBox> highlight) {

    public RenderedPage {
        highlight = List.copyOf(highlight);
    }
}

package dev.zhiku.app.ui.source;

/**
 * A rectangle to highlight on a page, in PDF points from the page's top-left corner.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
public record HighlightBox(double x, double y, double width, double height) {

    /** The smallest box holding both. */
    HighlightBox union(HighlightBox other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(x + width, other.x + other.width);
        double bottom = Math.max(y + height, other.y + other.height);
        return new HighlightBox(left, top, right - left, bottom - top);
    }

    /** Whether {@code other} lies inside this box, give or take {@code slack} points. */
    public boolean covers(HighlightBox other, double slack) {
        return other.x >= x - slack && other.y >= y - slack && other.x + other.width <= x + width + slack
                && other.y + other.height <= y + height + slack;
    }
}

package dev.zhiku.app.ui.source;

/** The zoom levels of the PDF view: fixed steps for + and −, any value in between when fitted to the width. */
final class ZoomSteps {

    static final double[] STEPS = {0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};

    private ZoomSteps() {
    }

    static double clamp(double zoom) {
        return Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], zoom));
    }

    /** The next step above (direction 1) or below (-1) {@code current}. */
    static double next(double current, int direction) {
        if (direction > 0) {
            for (double z : STEPS) {
                if (z > current + 1e-6) {
                    return z;
                }
            }
            return STEPS[STEPS.length - 1];
        }
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < current - 1e-6) {
                return STEPS[i];
            }
        }
        return STEPS[0];
    }
}

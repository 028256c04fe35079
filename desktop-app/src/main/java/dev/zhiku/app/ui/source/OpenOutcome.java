package dev.zhiku.app.ui.source;

/**
 * What became of a request to open a file.
 *
 * @param problem why it could not be opened, or empty when the file was handed to a program
 * @param atPage  whether the program was asked to show the page (false: it opens at its own first page)
 */
public record OpenOutcome(String problem, boolean atPage) {

    public OpenOutcome {
        problem = problem == null ? "" : problem;
    }

    public static OpenOutcome opened(boolean atPage) {
        return new OpenOutcome("", atPage);
    }

    public static OpenOutcome failed(String problem) {
        return new OpenOutcome(problem, false);
    }

    public boolean ok() {
        return problem.isEmpty();
    }
}

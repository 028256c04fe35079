package dev.zhiku.app.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** The text a user sees under a node, for window tests. */
public final class FxTexts {

    private FxTexts() {
    }

    /** All text under {@code node}, in order: texts and labels, each label once. */
    public static String under(Node node) {
        StringBuilder all = new StringBuilder();
        collect(node, all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Text t) {
            all.append(t.getText());
        } else if (node instanceof Labeled l) {
            all.append(l.getText());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }
}

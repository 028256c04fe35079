package dev.zhiku.app.ui.search;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Renders a {@link Snippet} as text runs; the query's words carry the {@code search-highlight} class. */
final class SnippetFlow {

    private SnippetFlow() {
    }

    static TextFlow of(Snippet snippet) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("search-snippet");
        String text = snippet.text();
        int at = 0;
        for (Span s : snippet.highlights()) {
            if (s.start() > at) {
                flow.getChildren().add(plain(text.substring(at, s.start())));
            }
            Text mark = new Text(text.substring(s.start(), s.end()));
            mark.getStyleClass().addAll("snippet-text", "search-highlight");
            flow.getChildren().add(mark);
            at = s.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        return flow;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("snippet-text");
        return t;
    }
}

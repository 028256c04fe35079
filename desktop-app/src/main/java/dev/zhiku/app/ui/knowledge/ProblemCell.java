package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.SourceProblem;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One file that was not indexed (or only in part): status, path and reason; double-click opens it. */
final class ProblemCell extends ListCell<SourceProblem> {

    private final ResourceBundle bundle;

    ProblemCell(KnowledgeViewModel model, ResourceBundle bundle) {
        this.bundle = bundle;
        getStyleClass().add("problem-cell");
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getItem() != null) {
                model.open(getItem());
            }
        });
    }

    @Override
    protected void updateItem(SourceProblem problem, boolean empty) {
        super.updateItem(problem, empty);
        setText(null);
        if (empty || problem == null) {
            setGraphic(null);
            return;
        }
        Label status = new Label(bundle.getString("status." + problem.status().name()));
        status.getStyleClass().addAll("problem-status", "status-" + problem.status().name().toLowerCase(Locale.ROOT));
        Label path = new Label(problem.path());
        path.getStyleClass().add("problem-path");
        Label reason = new Label(ProblemReasonText.of(problem.reason(), bundle));
        reason.getStyleClass().add("problem-reason");
        reason.setWrapText(true);
        setGraphic(new VBox(new HBox(status, path), reason));
    }
}

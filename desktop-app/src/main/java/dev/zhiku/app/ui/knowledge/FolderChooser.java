package dev.zhiku.app.ui.knowledge;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks the person for a folder to add. The app uses the system's dialog; a headless flow test, where no native
 * dialog can be clicked, hands in the folder it wrote.
 */
@FunctionalInterface
public interface FolderChooser {

    /** The chosen folder, empty when the person cancelled; called on the FX thread. */
    Optional<Path> choose(Window owner, String title);

    /** The system's directory dialog. */
    static FolderChooser system() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };
    }
}

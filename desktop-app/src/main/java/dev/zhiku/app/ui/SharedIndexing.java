package dev.zhiku.app.ui;

import dev.zhiku.app.ui.knowledge.FolderSummary;
import dev.zhiku.app.ui.knowledge.IndexingService;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.SourceProblem;
import java.nio.file.Path;
import java.util.List;

/** The app's one indexing service as a screen sees it: the screen may close its view of it, not the service. */
final class SharedIndexing implements IndexingService {

    private final IndexingService shared;

    SharedIndexing(IndexingService shared) {
        this.shared = shared;
    }

    @Override
    public void addFolders(List<Path> folders, boolean isPrivate) throws Exception {
        shared.addFolders(folders, isPrivate);
    }

    @Override
    public void setPrivate(Path folder, boolean isPrivate) throws Exception {
        shared.setPrivate(folder, isPrivate);
    }

    @Override
    public boolean canRemoveFolders() {
        return shared.canRemoveFolders();
    }

    @Override
    public void removeFolder(Path folder) throws Exception {
        shared.removeFolder(folder);
    }

    @Override
    public List<FolderSummary> folders() throws Exception {
        return shared.folders();
    }

    @Override
    public List<SourceProblem> problems() throws Exception {
        return shared.problems();
    }

    @Override
    public void run(ProgressListener listener) throws Exception {
        shared.run(listener);
    }

    @Override
    public void pause() {
        shared.pause();
    }

    @Override
    public void resume() {
        shared.resume();
    }

    @Override
    public void cancel() {
        shared.cancel();
    }

    @Override
    public void close() {
        // the app closes the shared service when it exits
    }
}

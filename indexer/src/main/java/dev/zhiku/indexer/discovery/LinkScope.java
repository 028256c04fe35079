package dev.zhiku.indexer.discovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a followed symbolic link may lead: into one of the folders the user added, or (when the user allowed it
 * for this folder) anywhere. A link to {@code /etc} inside an added folder must not pull {@code /etc} in.
 *
 * @param addedFolders the real paths of every folder or file the user added
 * @param anywhere     links may lead outside the added folders
 */
public record LinkScope(List<Path> addedFolders, boolean anywhere) {

    public LinkScope {
        addedFolders = List.copyOf(addedFolders);
    }

    /** Links may lead only into these folders (resolved to their real paths where they exist). */
    public static LinkScope within(List<Path> added) {
        List<Path> real = new ArrayList<>();
        for (Path p : added) {
            Path abs = p.toAbsolutePath().normalize();
            real.add(abs);
            try {
                real.add(abs.toRealPath());
            } catch (IOException e) {
                // a missing root cannot be a link target
            }
        }
        return new LinkScope(real, false);
    }

    /** The same folders, with links allowed to lead anywhere. */
    public LinkScope allowingOutside(boolean outside) {
        return new LinkScope(addedFolders, outside);
    }

    /** Whether a link whose real target is {@code target} may be followed. */
    public boolean permits(Path target) {
        return anywhere || addedFolders.stream().anyMatch(target::startsWith);
    }
}

package dev.zhiku.llm.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells how many bytes can still be written in a directory; injectable so tests can simulate a full disk. */
@FunctionalInterface
public interface SpaceProbe {

    /** The real answer, from the directory's {@link java.nio.file.FileStore}. */
    SpaceProbe FILE_STORE = dir -> Files.getFileStore(dir).getUsableSpace();

    long usableBytes(Path directory) throws IOException;
}

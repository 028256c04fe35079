package dev.zhiku.rag.store;

import dev.zhiku.core.store.SharedDatabaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the local H2 file a store keeps its data in ({@code base.mv.db}, shared with other Zhiku processes through
 * {@link SharedDatabaseFile}) and brings its schema up to date; a connection whose migration fails is closed again.
 */
public final class LocalDatabase {

    /** Creates or upgrades a store's tables. */
    @FunctionalInterface
    public interface Migration {
        void migrate(Connection connection, String file) throws SQLException;
    }

    private LocalDatabase() {
    }

    /** The H2 file of {@code base}, as shown in messages. */
    public static String fileOf(Path base) {
        return base.toAbsolutePath() + ".mv.db";
    }

    public static Connection open(Path base, Migration migration) throws IOException, SQLException {
        Path absolute = base.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Connection c = SharedDatabaseFile.open(absolute);
        try {
            migration.migrate(c, fileOf(base));
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}

package dev.zhiku.rag.conversation;

import dev.zhiku.rag.store.LocalDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The one JDBC connection of a {@link ConversationStore}, turning SQL failures into messages a person can use. */
final class StoreConnection implements AutoCloseable {

    /** Work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final String file;

    private StoreConnection(Connection connection, String file) {
        this.connection = connection;
        this.file = file;
    }

    static StoreConnection open(Path base) {
        String file = LocalDatabase.fileOf(base);
        try {
            return new StoreConnection(LocalDatabase.open(base, ConversationSchema::migrate), file);
        } catch (IOException | SQLException e) {
            throw new ConversationStoreException("Cannot open the conversations in " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk is not full.", e);
        }
    }

    <T> T run(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs the work in one transaction: all of it is stored, or none. */
    <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private ConversationStoreException failure(String what, SQLException e) {
        return new ConversationStoreException("Could not " + what + " in " + file + ": " + e.getMessage()
                + ". Nothing was changed; try again, or restart Zhiku if it keeps happening.", e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the file", e);
        }
    }
}

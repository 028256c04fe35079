package dev.zhiku.core.store;

import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an H2 database file in H2's auto-server mode, so that a second Zhiku process (say {@code zhiku search} while
 * {@code zhiku index} runs) reaches it through a TCP server the first process starts on loopback — on loopback only
 * (H2's default is every interface), with the server's address and key in the lock file beside the database, which
 * only the user can read (see docs/decisions/0015-databases-without-loopback.md).
 *
 * <p>Without a usable loopback interface (a sandbox or a container with no network, where even {@code lo} is down)
 * auto-server mode cannot start: H2 binds its port, then fails to connect to it, and only gives up after about
 * 20 seconds of retries. So the first open of a process checks once whether a loopback connection succeeds; when it
 * does not, files are opened for this process alone. The command works, and another process that tries to open the
 * same file meanwhile is told that it is in use.
 */
public final class SharedDatabaseFile {

    /** H2's ErrorCode.EXCEPTION_OPENING_PORT_2 (core does not depend on H2). */
    static final int CANNOT_OPEN_PORT = 90061;
    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1: another process holds the file alone. */
    static final int HELD_BY_ANOTHER_PROCESS = 90020;

    private static final Logger LOG = LoggerFactory.getLogger(SharedDatabaseFile.class);
    private static final String USER = "zhiku";
    /**
     * H2's auto-server binds to every interface unless told otherwise, and writes that address into the lock file;
     * this system property (read once, when H2's settings are first loaded) keeps it on loopback.
     */
    static final String BIND_ADDRESS = "h2.bindAddress";
    private static Boolean loopbackWorks;

    static {
        System.setProperty(BIND_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress());
    }

    private SharedDatabaseFile() {
    }

    /** A connection to {@code base.mv.db}, created when missing; the H2 driver must be on the class path. */
    public static Connection open(Path base) throws SQLException {
        String url = "jdbc:h2:file:" + base.toAbsolutePath();
        if (loopbackWorks()) {
            try {
                return DriverManager.getConnection(url + ";AUTO_SERVER=TRUE", USER, "");
            } catch (SQLException e) {
                if (e.getErrorCode() != CANNOT_OPEN_PORT) {
                    throw heldElsewhere(e, base);
                }
                loopbackFailed(e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return openAlone(url, base);
    }

    private static Connection openAlone(String url, Path base) throws SQLException {
        try {
            return DriverManager.getConnection(url, USER, "");
        } catch (SQLException e) {
            throw heldElsewhere(e, base);
        }
    }

    /** Says in words a person can act on that another process holds the file, or returns {@code e} as it is. */
    private static SQLException heldElsewhere(SQLException e, Path base) {
        if (e.getErrorCode() != HELD_BY_ANOTHER_PROCESS) {
            return e;
        }
        return new SQLException(base.toAbsolutePath() + ".mv.db is held by another process that cannot share it "
                + "(for one, a Zhiku process running without a loopback network); try again when it has ended",
                e.getSQLState(), e.getErrorCode(), e);
    }

    /** Whether files are shared with other processes: false once loopback was found unusable in this process. */
    public static synchronized boolean loopbackWorks() {
        if (loopbackWorks == null) {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 Socket ignored = Outbound.loopback(server.getLocalPort())) {
                loopbackWorks = true;
            } catch (IOException e) {
                loopbackFailed(e.toString());
            }
        }
        return loopbackWorks;
    }

    private static synchronized void loopbackFailed(String reason) {
        loopbackWorks = false;
        LOG.info("no usable loopback network ({}); database files are opened for this process alone, so other "
                + "Zhiku processes cannot read them until it ends", reason);
    }
}

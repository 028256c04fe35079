package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.mcp.ZhikuMcpServer;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code zhiku mcp}: the MCP server over stdio. Standard output is the protocol channel only, so everything
 * else Zhiku would print goes to standard error while the server runs.
 */
final class McpCommand {

    private final PrintStream out;
    private final PrintStream err;

    /** @param out the protocol channel: the process's real standard output ({@code Main} moves System.out). */
    McpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, Set.of("--home"), Set.of("--read-only", "--share-private"));
        PrintStream protocol = out;
        PrintStream systemOut = System.out;
        System.setOut(err);
        try {
            ZhikuHome home = Homes.prepare(args);
            CountDownLatch closed = new CountDownLatch(1);
            InputStream in = new FilterInputStream(System.in) {
                @Override
                public int read() throws IOException {
                    return ended(super.read());
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return ended(super.read(b, off, len));
                }

                private int ended(int n) {
                    if (n < 0) {
                        closed.countDown();
                    }
                    return n;
                }
            };
            try (Wiring wiring = new Wiring(home, IndexerSettings.defaults());
                 LocalKnowledgeBase kb = wiring.knowledgeBase(true)) {
                McpSyncServer server = new ZhikuMcpServer(kb, wiring.auditLog()::recordMcpCall,
                        args.flag("--share-private"), wiring::extractiveAnswerer).startStdio(in, protocol, ZhikuCommandLine.VERSION);
                err.println("zhiku mcp: serving " + home.root() + " over stdio (read-only"
                        + (args.flag("--share-private") ? "; private folders shared with this client)" : ")"));
                closed.await();
                server.closeGracefully();
            }
            return 0;
        } finally {
            System.setOut(systemOut);
        }
    }
}

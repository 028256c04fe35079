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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku mcp}: the MCP server over stdio. Standard output is the protocol channel only, so everything
 * else Zhiku would print goes to standard error while the server runs.
 */
@Command(name = "mcp", description = "an MCP server over stdio for Claude Desktop, Cursor, VS Code")
final class McpCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--read-only", hidden = true, description = "accepted for compatibility: the server is always read-only")
    private boolean readOnly;

    @Option(names = "--share-private", description = "share the private folders with this one client (off by default)")
    private boolean sharePrivate;

    @Parameters(hidden = true)
    private List<String> extra;

    /** @param out the protocol channel: the process's real standard output ({@code Main} moves System.out). */
    McpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, err) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        if (!Picocli.given(extra).isEmpty()) {
            throw new UsageException("mcp takes no arguments: " + String.join(" ", Picocli.given(extra)));
        }
        PrintStream protocol = out;
        PrintStream systemOut = System.out;
        System.setOut(err);
        try {
            ZhikuHome home = homeOption.prepare();
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
            try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
                 LocalKnowledgeBase kb = wiring.knowledgeBase(true)) {
                McpSyncServer server = new ZhikuMcpServer(kb, wiring.auditLog()::recordMcpCall,
                        sharePrivate, wiring::extractiveAnswerer).startStdio(in, protocol, ZhikuCommandLine.VERSION);
                err.println("zhiku mcp: serving " + home.root() + " over stdio (read-only"
                        + (sharePrivate ? "; private folders shared with this client)" : ")"));
                closed.await();
                server.closeGracefully();
            }
            return 0;
        } finally {
            System.setOut(systemOut);
        }
    }
}

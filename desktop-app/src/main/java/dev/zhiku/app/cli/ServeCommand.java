package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.serve.KnowledgeServer;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku serve}: the knowledge base as an OpenAI-compatible API on 127.0.0.1 until Ctrl+C (or until
 * {@code stopSignal} is counted down, which tests do).
 */
@Command(name = "serve", description = {"an OpenAI-compatible API on 127.0.0.1 answering from your documents",
    "Prints the URL, and the token when it made one up. --token T still works, but shows in the process list."})
final class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8765;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final CountDownLatch stopSignal;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--port", paramLabel = "N", description = "the port (default 8765; 0: any free one)")
    private Integer port;

    @Option(names = "--token-file", paramLabel = "F", description = "the token is the first line of this file")
    private String tokenFile;

    @Option(names = "--token-stdin", description = "read the token from standard input")
    private boolean tokenStdin;

    @Option(names = "--token", paramLabel = "T", description = "the token (visible in the process list)")
    private String token;

    @Mixin
    private ModelOptions models;

    @Option(names = "--keyword-only", description = "do not use semantic vectors (no /v1/embeddings)")
    private boolean keywordOnly;

    @Option(names = "--mcp", description = "also the MCP tools over Streamable HTTP at /mcp")
    private boolean mcp;

    @Parameters(hidden = true)
    private List<String> extra;

    ServeCommand(PrintStream out, PrintStream err, InputStream in, CountDownLatch stopSignal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.stopSignal = stopSignal;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        if (!Picocli.given(extra).isEmpty()) {
            throw new UsageException("serve takes no arguments besides options, not " + extra);
        }
        int port = Picocli.bounded("--port", this.port, DEFAULT_PORT, 0, 65535);
        ServeToken token = ServeToken.from(this.token, tokenFile, tokenStdin, in);
        if (token.source() == ServeToken.Source.ARGUMENT) {
            err.println("zhiku: warning: --token is visible to every user of this PC in the process list; "
                    + "use --token-file FILE or --token-stdin");
        }
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(!keywordOnly);
             TextGenerator model = Models.open(wiring, models.wanted())) {
            Answerer answerer = wiring.answerer(kb, model, RagSettings.defaults());
            String modelId = model == null ? "zhiku-extractive" : "zhiku";
            Thread hook = new Thread(stopSignal::countDown, "zhiku-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try (KnowledgeServer server = KnowledgeServer.start(answerer, model, modelId, port, token.value())) {
                if (!keywordOnly) {
                    server.withEmbeddings(wiring::embeddings);
                }
                if (mcp) {
                    server.withMcp(new dev.zhiku.app.mcp.ZhikuMcpServer(kb, wiring.auditLog()::recordMcpCall, false,
                            wiring::extractiveAnswerer)
                            .startHttp(ZhikuCommandLine.VERSION)::handle);
                }
                out.println("Zhiku is serving your documents at " + server.baseUri());
                out.println("Token: " + TerminalText.safe(token.shown()));
                out.println("(OpenAI-compatible: base URL " + server.baseUri() + ", model " + modelId
                        + ", API key = the token. Press Ctrl+C to stop.)");
                if (mcp) {
                    out.println("MCP (Streamable HTTP): " + server.baseUri().resolve("/mcp")
                            + " with the header Authorization: Bearer TOKEN");
                }
                out.flush();
                // the first request is then not the one that waits for a cold process (decision 0086)
                dev.zhiku.rag.AnswerWarmUp.inBackground(wiring.extractiveAnswerer(kb));
                stopSignal.await();
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping because of Ctrl+C; the hook has run
        }
    }
}

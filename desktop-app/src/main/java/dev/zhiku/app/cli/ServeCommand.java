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

/**
 * {@code zhiku serve}: the knowledge base as an OpenAI-compatible API on 127.0.0.1 until Ctrl+C (or until
 * {@code stopSignal} is counted down, which tests do).
 */
final class ServeCommand {

    static final int DEFAULT_PORT = 8765;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final CountDownLatch stopSignal;

    ServeCommand(PrintStream out, PrintStream err, InputStream in, CountDownLatch stopSignal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.stopSignal = stopSignal;
    }

    int run(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv,
                Set.of("--home", "--port", "--token", "--token-file", "--model", "--engine", "--engine-model"),
                Set.of("--no-llm", "--keyword-only", "--token-stdin", "--mcp"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("serve takes no arguments besides options, not " + args.positional());
        }
        int port = args.intValue("--port", DEFAULT_PORT, 0, 65535);
        ServeToken token = ServeToken.from(args, in);
        if (token.source() == ServeToken.Source.ARGUMENT) {
            err.println("zhiku: warning: --token is visible to every user of this PC in the process list; "
                    + "use --token-file FILE or --token-stdin");
        }
        ZhikuHome home = Homes.prepare(args);
        try (Wiring wiring = new Wiring(home, IndexerSettings.defaults());
             LocalKnowledgeBase kb = wiring.knowledgeBase(!args.flag("--keyword-only"));
             TextGenerator model = Models.open(wiring, args)) {
            Answerer answerer = wiring.answerer(kb, model, RagSettings.defaults());
            String modelId = model == null ? "zhiku-extractive" : "zhiku";
            Thread hook = new Thread(stopSignal::countDown, "zhiku-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try (KnowledgeServer server = KnowledgeServer.start(answerer, model, modelId, port, token.value())) {
                if (!args.flag("--keyword-only")) {
                    server.withEmbeddings(wiring::embeddings);
                }
                if (args.flag("--mcp")) {
                    server.withMcp(new dev.zhiku.app.mcp.ZhikuMcpServer(kb, wiring.auditLog()::recordMcpCall, false,
                            wiring::extractiveAnswerer)
                            .startHttp(ZhikuCommandLine.VERSION)::handle);
                }
                out.println("Zhiku is serving your documents at " + server.baseUri());
                out.println("Token: " + TerminalText.safe(token.shown()));
                out.println("(OpenAI-compatible: base URL " + server.baseUri() + ", model " + modelId
                        + ", API key = the token. Press Ctrl+C to stop.)");
                if (args.flag("--mcp")) {
                    out.println("MCP (Streamable HTTP): " + server.baseUri().resolve("/mcp")
                            + " with the header Authorization: Bearer TOKEN");
                }
                out.flush();
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

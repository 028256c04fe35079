package dev.zhiku.app.cli;

import dev.zhiku.app.json.JsonText;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineChoice;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.EngineList;
import dev.zhiku.rag.engine.EngineModel;
import dev.zhiku.rag.engine.EngineProbe;
import dev.zhiku.rag.engine.EngineStatus;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku engines list|add URL [--name N] [--trusted] [--context N] [--key-stdin]|remove NAME}: the model
 * servers Zhiku can answer with — Ollama, LM Studio, Jan and llama-server looked for on this PC, and the servers
 * added by address — with their models and where each one is (this PC, the network, trusted).
 */
@Command(name = "engines", description = "model servers: Ollama, LM Studio, Jan, llama-server, others by address"
        + " (list | add URL | remove NAME)")
final class EnginesCommand implements Callable<Integer> {

    private final PrintStream out;
    private final InputStream in;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "print JSON (list)")
    private boolean json;

    @Option(names = "--name", paramLabel = "NAME", description = "the name to give an added server")
    private String name;

    @Option(names = "--trusted", description = "a server on the network that may see your text without consent")
    private boolean trusted;

    @Option(names = "--context", paramLabel = "TOKENS",
            description = "the added server's context length when it does not report one (0-1048576)")
    private Integer context;

    @Option(names = "--key-stdin", description = "read the server's API key from standard input")
    private boolean keyStdin;

    @Parameters(paramLabel = "ACTION", description = "list (default), add URL, remove NAME")
    private List<String> words;

    EnginesCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        List<String> words = Picocli.given(this.words);
        String what = words.isEmpty() ? "list" : words.getFirst();
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            wiring.allowNetworkEngines();
            EngineList list = wiring.engines();
            switch (what) {
                case "list" -> list(wiring, list, json);
                case "add" -> add(wiring, list, words.size() > 1 ? words.get(1) : null);
                case "remove" -> {
                    String name = words.size() > 1 ? words.get(1) : null;
                    if (name == null) {
                        throw new UsageException("usage: zhiku engines remove NAME");
                    }
                    Optional<Engine> engine = list.find(name);
                    if (engine.isPresent() && engine.get().builtIn()) {
                        throw new UsageException(name + " is looked for on this PC by itself; there is nothing to "
                                + "remove (stop the server to hide it)");
                    }
                    boolean removed = list.remove(name);
                    if (removed) {
                        wiring.secrets().delete(Wiring.engineKeyName(engine.orElseThrow()));
                        dev.zhiku.core.net.Outbound.distrustServer(engine.get().address());
                    }
                    out.println(removed ? "Removed " + name + "." : "No server named " + name + ".");
                }
                default -> throw new UsageException("unknown engines command '" + what + "' (list, add or remove)");
            }
        }
        return 0;
    }

    private void list(Wiring wiring, EngineList list, boolean json) {
        Optional<EngineChoice> active = list.active();
        List<Object> rows = new ArrayList<>();
        try (EngineProbe probe = new EngineProbe()) {
            for (Engine engine : list.all()) {
                EngineStatus status = probe.probe(engine, wiring.engineKey(engine));
                if (json) {
                    rows.add(toJson(status, active));
                } else {
                    print(status, active);
                }
            }
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("engines", rows);
            root.put("active", active.map(c -> JsonText.fields("engine", c.engine(), "model", c.model())).orElse(null));
            out.println(JsonText.write(root));
        } else if (active.isEmpty()) {
            out.println("Answers use the bundled engine's model (`zhiku models use MODEL --engine NAME` picks a "
                    + "server's model).");
        }
    }

    private void print(EngineStatus status, Optional<EngineChoice> active) {
        Engine e = status.engine();
        out.printf(Locale.ROOT, "%-14s %-24s %s — %s%n", e.name(), e.kind().displayName(), e.address(),
                EngineJson.reachWords(e));
        if (!status.available()) {
            out.println("    unavailable: " + status.problem());
            return;
        }
        if (status.models().isEmpty()) {
            out.println("    no models" + (e.kind().ollamaApi() ? " (try `ollama pull qwen3.5:4b`)" : ""));
        }
        for (EngineModel m : status.models()) {
            boolean chosen = active.filter(c -> c.engine().equalsIgnoreCase(e.name()) && c.model().equals(m.name()))
                    .isPresent();
            String context = m.contextLength() > 0 ? "context " + m.contextLength()
                    : "context " + e.contextSetting() + " (setting)";
            out.printf(Locale.ROOT, "  %s %-32s %-24s %s%n", chosen ? "*" : " ", m.name(), m.detail(), context);
        }
    }

    private static Map<String, Object> toJson(EngineStatus status, Optional<EngineChoice> active) {
        Engine e = status.engine();
        Map<String, Object> m = EngineJson.of(e);
        m.put("available", status.available());
        if (!status.available()) {
            m.put("problem", status.problem());
        }
        List<Object> models = new ArrayList<>();
        for (EngineModel model : status.models()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", model.name());
            row.put("contextLength", model.contextLength() > 0 ? model.contextLength() : e.contextSetting());
            row.put("contextReported", model.contextLength() > 0);
            row.put("detail", model.detail());
            row.put("active", active.filter(c -> c.engine().equalsIgnoreCase(e.name())
                    && c.model().equals(model.name())).isPresent());
            models.add(row);
        }
        m.put("models", models);
        return m;
    }

    private void add(Wiring wiring, EngineList list, String url) throws Exception {
        if (url == null) {
            throw new UsageException("usage: zhiku engines add URL [--name NAME] [--trusted] [--context N] "
                    + "[--key-stdin]");
        }
        URI root;
        try {
            root = Engine.rootOf(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int context = Picocli.bounded("--context", this.context, 0, 0, 1_048_576);
        String key = "";
        if (keyStdin) {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new UsageException("--key-stdin read no key from standard input");
            }
            key = line.strip();
        }
        Engine probeAs = new Engine("probe", EngineKind.OLLAMA, root, trusted, "", context, false);
        if (probeAs.reach() == dev.zhiku.rag.engine.EngineReach.TRUSTED_NETWORK) {
            dev.zhiku.core.net.Outbound.trustServer(root);
        }
        EngineKind kind;
        try (EngineProbe probe = new EngineProbe()) {
            kind = probe.speaksOllama(probeAs) ? EngineKind.OLLAMA : EngineKind.OPENAI_COMPATIBLE;
        }
        String name = this.name != null ? this.name.strip() : defaultName(list, kind, root);
        Engine engine;
        try {
            engine = list.add(name, kind, root, trusted && !probeAs.reach().equals(
                    dev.zhiku.rag.engine.EngineReach.LOCAL), context);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!key.isEmpty()) {
            wiring.secrets().put(Wiring.engineKeyName(engine), key);
        }
        out.println("Added " + engine.name() + " (" + kind.displayName() + ") at " + root + " — "
                + EngineJson.reachWords(engine) + ".");
        if (trusted && engine.reach() == dev.zhiku.rag.engine.EngineReach.LOCAL) {
            out.println("(a server on this PC needs no trust: nothing leaves it)");
        }
        try (EngineProbe probe = new EngineProbe()) {
            print(probe.probe(engine, key), list.active());
        }
    }

    private static String defaultName(EngineList list, EngineKind kind, URI root) {
        String base = kind == EngineKind.OLLAMA ? "ollama-" + root.getHost() : root.getHost();
        String name = (base + "-" + root.getPort()).replaceAll("[^A-Za-z0-9._-]", "-");
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}

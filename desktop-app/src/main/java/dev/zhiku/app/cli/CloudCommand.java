package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudPreset;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.SecretStore;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku cloud}: shows the cloud settings; {@code cloud set} changes them; {@code cloud remove-key} forgets
 * the API key. The key is read from standard input only ({@code --key-stdin}), never from an argument, so it does
 * not appear in the process list or the shell history.
 */
@Command(name = "cloud", description = "the cloud model (off until set up): show | set [options] | remove-key")
final class CloudCommand implements Callable<Integer> {

    private final PrintStream out;
    private final InputStream in;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "show (default), set or remove-key")
    private String action;

    @Parameters(index = "1..*", hidden = true)
    private List<String> extra;

    @Option(names = "--preset", paramLabel = "NAME", description = "a known service (its address and model)")
    private String preset;

    @Option(names = "--base-url", paramLabel = "URL", description = "an OpenAI-compatible service's address")
    private String baseUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "the service's model")
    private String model;

    @Option(names = "--policy", paramLabel = "never|ask|auto", description = "when a question may leave this PC")
    private String policy;

    @Option(names = "--context", paramLabel = "TOKENS", description = "the model's context length (1024-2000000)")
    private Integer context;

    @Option(names = "--redact-term", paramLabel = "TERM", description = "also redact this term (repeatable)")
    private List<String> redactTerms;

    @Option(names = "--clear-terms", description = "forget the terms added before")
    private boolean clearTerms;

    @Option(names = "--key-stdin", description = "read the API key from standard input (never an argument)")
    private boolean keyStdin;

    CloudCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        String action = this.action == null ? "show" : this.action;
        if (!Picocli.given(extra).isEmpty()) {
            throw new UsageException("cloud takes one action, not " + String.join(" ", Picocli.given(extra)));
        }
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            return switch (action) {
                case "show" -> show(wiring);
                case "set" -> set(wiring);
                case "remove-key" -> {
                    wiring.secrets().delete(SecretStore.CLOUD_API_KEY);
                    out.println("The API key was removed.");
                    yield 0;
                }
                default -> throw new UsageException("unknown cloud action '" + action
                        + "'; use show, set or remove-key");
            };
        }
    }

    private int show(Wiring wiring) {
        CloudConfig c = wiring.cloudConfig();
        boolean key = wiring.secrets().get(SecretStore.CLOUD_API_KEY).isPresent();
        out.println("policy:   " + c.policy().name().toLowerCase(Locale.ROOT) + "  (" + explain(c.policy()) + ")");
        out.println("service:  " + (c.isConfigured() ? c.baseUri() : "(none — zhiku cloud set --preset NAME)"));
        out.println("model:    " + (c.model().isEmpty() ? "(none)" : c.model()));
        out.println("context:  " + c.contextLength() + " tokens");
        out.println("API key:  " + (key ? "stored, encrypted" : "none"));
        out.println("redacted: e-mail, phone, ID and card numbers, IPs, secrets"
                + (c.redactTerms().isEmpty() ? "" : ", and " + String.join(", ", c.redactTerms())));
        return 0;
    }

    private int set(Wiring wiring) throws Exception {
        CloudConfig c = wiring.cloudConfig();
        if (preset != null) {
            String wanted = preset.toLowerCase(Locale.ROOT);
            CloudPreset known = CloudPreset.all().stream()
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(wanted)).findFirst()
                    .orElseThrow(() -> new UsageException("no preset '" + wanted + "'; known: "
                            + String.join(", ", CloudPreset.all().stream().map(CloudPreset::name).toList())));
            c = c.withService(known.baseUri(), known.model());
        }
        if (baseUrl != null || model != null) {
            c = c.withService(baseUrl != null ? baseUrl : c.baseUri(), model != null ? model : c.model());
        }
        if (!c.baseUri().isEmpty() && !c.addressProblem().isEmpty()) {
            throw new UsageException(c.addressProblem());
        }
        if (policy != null) {
            String p = policy.toUpperCase(Locale.ROOT);
            if (!Set.of("NEVER", "ASK", "AUTO").contains(p)) {
                throw new UsageException("--policy is never, ask or auto");
            }
            c = c.withPolicy(EscalationPolicy.valueOf(p));
        }
        if (context != null) {
            c = new CloudConfig(c.policy(), c.baseUri(), c.model(),
                    Picocli.bounded("--context", context, 32_768, 1_024, 2_000_000), c.redactTerms());
        }
        List<String> terms = new ArrayList<>(clearTerms ? List.of() : c.redactTerms());
        terms.addAll(Picocli.given(redactTerms));
        c = c.withRedactTerms(terms);
        wiring.saveCloudConfig(c);
        if (keyStdin) {
            String key = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (key == null || key.isBlank()) {
                throw new UsageException("--key-stdin read no key from standard input");
            }
            wiring.secrets().put(SecretStore.CLOUD_API_KEY, key.strip());
        }
        return show(wiring);
    }

    static String explain(EscalationPolicy policy) {
        return switch (policy) {
            case NEVER -> "nothing ever leaves this PC";
            case ASK -> "only when you ask, after a preview of what is sent";
            case AUTO -> "automatically when the local answer is weak; redacted and audited";
        };
    }
}

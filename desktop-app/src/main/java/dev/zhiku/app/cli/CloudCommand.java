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

/**
 * {@code zhiku cloud}: shows the cloud settings; {@code cloud set} changes them; {@code cloud remove-key} forgets
 * the API key. The key is read from standard input only ({@code --key-stdin}), never from an argument, so it does
 * not appear in the process list or the shell history.
 */
final class CloudCommand {

    private final PrintStream out;
    private final InputStream in;

    CloudCommand(PrintStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    int run(List<String> argv) throws Exception {
        String action = argv.isEmpty() || argv.getFirst().startsWith("--") ? "show" : argv.getFirst();
        List<String> rest = action.equals("show") && !argv.isEmpty() && argv.getFirst().startsWith("--") ? argv
                : argv.subList(Math.min(1, argv.size()), argv.size());
        CliArgs args = CliArgs.parse(rest, Set.of("--home", "--base-url", "--model", "--policy", "--preset",
                "--context", "--redact-term"), Set.of("--key-stdin", "--clear-terms"));
        ZhikuHome home = Homes.prepare(args);
        try (Wiring wiring = new Wiring(home, IndexerSettings.defaults())) {
            return switch (action) {
                case "show" -> show(wiring);
                case "set" -> set(wiring, args);
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

    private int set(Wiring wiring, CliArgs args) throws Exception {
        CloudConfig c = wiring.cloudConfig();
        if (args.value("--preset") != null) {
            String wanted = args.value("--preset").toLowerCase(Locale.ROOT);
            CloudPreset preset = CloudPreset.all().stream()
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(wanted)).findFirst()
                    .orElseThrow(() -> new UsageException("no preset '" + wanted + "'; known: "
                            + String.join(", ", CloudPreset.all().stream().map(CloudPreset::name).toList())));
            c = c.withService(preset.baseUri(), preset.model());
        }
        if (args.value("--base-url") != null || args.value("--model") != null) {
            c = c.withService(args.value("--base-url") != null ? args.value("--base-url") : c.baseUri(),
                    args.value("--model") != null ? args.value("--model") : c.model());
        }
        if (!c.baseUri().isEmpty() && !c.addressProblem().isEmpty()) {
            throw new UsageException(c.addressProblem());
        }
        if (args.value("--policy") != null) {
            String p = args.value("--policy").toUpperCase(Locale.ROOT);
            if (!Set.of("NEVER", "ASK", "AUTO").contains(p)) {
                throw new UsageException("--policy is never, ask or auto");
            }
            c = c.withPolicy(EscalationPolicy.valueOf(p));
        }
        if (args.value("--context") != null) {
            c = new CloudConfig(c.policy(), c.baseUri(), c.model(),
                    args.intValue("--context", 32_768, 1_024, 2_000_000), c.redactTerms());
        }
        List<String> terms = new ArrayList<>(args.flag("--clear-terms") ? List.of() : c.redactTerms());
        terms.addAll(args.values("--redact-term"));
        c = c.withRedactTerms(terms);
        wiring.saveCloudConfig(c);
        if (args.flag("--key-stdin")) {
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

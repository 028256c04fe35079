import dev.zhiku.app.engine.OllamaStandIn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For take-embeddings.sh only: runs the tests' Ollama stand-in (real HTTP on loopback, /api/embed) and writes its
 * address to the file given; each line "hold N" read from stdin holds every embed request after the next N.
 */
public class StandInServer {
    public static void main(String[] args) throws Exception {
        try (OllamaStandIn server = new OllamaStandIn()) {
            server.listAllModels();
            Files.writeString(Path.of(args[0]), server.address().toString());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("hold ")) {
                    server.holdEmbedsAfter(server.embedRequests() + Integer.parseInt(line.substring(5).strip()));
                }
            }
        }
    }
}

package dev.zhiku.app.cli;

import dev.zhiku.app.serve.KnowledgeServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bearer token of {@code zhiku serve} and where it came from: the first line of {@code --token-file FILE} or of
 * standard input ({@code --token-stdin}) — neither shows in the process list — else {@code --token T} (which does,
 * so the command warns), else a new random one, printed so that clients can use it.
 *
 * @param value  the token
 * @param source where it came from
 * @param file   the file it was read from, or null
 */
record ServeToken(String value, Source source, Path file) {

    enum Source { GENERATED, FILE, STDIN, ARGUMENT }

    /** The token given by {@code --token}, {@code --token-file} or {@code --token-stdin} (at most one). */
    static ServeToken from(String argument, String file, boolean stdin, InputStream in)
            throws IOException, UsageException {
        int given = (argument == null ? 0 : 1) + (file == null ? 0 : 1) + (stdin ? 1 : 0);
        if (given > 1) {
            throw new UsageException("give the token one way: --token-file FILE, --token-stdin or --token T");
        }
        if (file != null) {
            Path path = Path.of(file);
            try {
                return new ServeToken(nonEmpty(firstLine(Files.newInputStream(path)), "the first line of " + file),
                        Source.FILE, path);
            } catch (NoSuchFileException e) {
                throw new UsageException("--token-file " + file + ": no such file");
            }
        }
        if (stdin) {
            return new ServeToken(nonEmpty(firstLine(in), "the token on standard input"), Source.STDIN, null);
        }
        if (argument != null) {
            return new ServeToken(nonEmpty(argument, "--token"), Source.ARGUMENT, null);
        }
        return new ServeToken(KnowledgeServer.newToken(), Source.GENERATED, null);
    }

    /** What {@code zhiku serve} prints after "Token: " — the token itself only when the user did not give it. */
    String shown() {
        return switch (source) {
            case GENERATED, ARGUMENT -> value;
            case FILE -> "the one in " + file;
            case STDIN -> "the one given on standard input";
        };
    }

    private static String firstLine(InputStream stream) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            return line == null ? "" : line;
        }
    }

    private static String nonEmpty(String token, String what) throws UsageException {
        if (token.isBlank()) {
            throw new UsageException(what + " must not be empty");
        }
        return token.strip();
    }
}

package dev.zhiku.app.exposure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets this process listens on, read from Linux's {@code /proc} as {@code ss -ltnp} reads them: the
 * process's socket inodes from {@code /proc/self/fd}, matched against the LISTEN rows of {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6}.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Every address:port this process listens on. */
    static List<InetSocketAddress> ofThisProcess() throws IOException {
        Set<String> inodes = socketInodes();
        List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> rows = Files.readAllLines(file);
            for (String line : rows.subList(Math.min(1, rows.size()), rows.size())) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 9 && f[3].equals(LISTEN) && inodes.contains(f[9])) {
                    listening.add(address(f[1]));
                }
            }
        }
        return listening;
    }

    /** Every address this process listens on at {@code port}. */
    static List<InetSocketAddress> onPort(int port) throws IOException {
        return ofThisProcess().stream().filter(a -> a.getPort() == port).toList();
    }

    private static Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            }
        }
        return inodes;
    }

    /** "0100007F:1F90" (each 32-bit word in host order, little-endian here) to 127.0.0.1:8080. */
    static InetSocketAddress address(String hex) throws UnknownHostException {
        String[] parts = hex.split(":");
        byte[] raw = HexFormat.of().parseHex(parts[0]);
        byte[] bytes = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                bytes[word + i] = raw[word + 3 - i];
            }
        }
        return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
    }
}

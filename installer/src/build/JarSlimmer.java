import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build tool (not product code): rewrites a jar without the entries under the given prefixes — the native
 * libraries (and debug symbols) that a library ships for the other operating systems. Usage:
 * {@code java JarSlimmer.java JAR PREFIX...}; prints how many bytes it saved.
 */
public final class JarSlimmer {

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        List<String> drop = Arrays.asList(args).subList(1, args.length);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".slim");
        int dropped = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (drop.stream().anyMatch(name::startsWith)) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                copy(in, out);
                out.closeEntry();
            }
        }
        long before = Files.size(jar);
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("slimmed %s: %d entries, %.1f MB -> %.1f MB%n", jar.getFileName(), dropped,
                before / 1e6, Files.size(jar) / 1e6);
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}

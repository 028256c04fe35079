package dev.zhiku.rag.cloud;

import java.util.List;

/** Whether a source lies in a folder the user marked private (or is a private file itself). */
final class PrivateFolders {

    private final List<String> roots;

    PrivateFolders(List<String> roots) {
        this.roots = roots.stream().map(PrivateFolders::normal).toList();
    }

    boolean contains(String path) {
        String p = normal(path);
        for (String root : roots) {
            if (p.equals(root) || p.startsWith(root.endsWith("/") ? root : root + "/")) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /** Forward slashes, no trailing slash, Windows drive letters in one case. */
    private static String normal(String path) {
        String p = path.replace('\\', '/');
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.length() >= 2 && p.charAt(1) == ':') {
            p = Character.toLowerCase(p.charAt(0)) + p.substring(1);
        }
        return p;
    }
}

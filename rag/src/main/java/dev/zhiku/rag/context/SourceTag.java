package dev.zhiku.rag.context;

import dev.zhiku.core.Passage;
import java.nio.file.Path;

/**
 * The tags that wrap one source in a prompt ({@code <source id="1" file="a.pdf" page="3"> … </source>}): written
 * by the prompt, and counted against the evidence budget by {@link ContextAssembler}, so that what is counted is
 * what is sent.
 */
public final class SourceTag {

    private SourceTag() {
    }

    /** The opening tag of source {@code number}, with the escaped file name and the page when there is one. */
    public static String open(int number, Passage p) {
        StringBuilder out = new StringBuilder("<source id=\"").append(number).append("\" file=\"")
                .append(escape(fileName(p))).append('"');
        if (p.page() > 0) {
            out.append(" page=\"").append(p.page()).append('"');
        }
        return out.append(">\n").toString();
    }

    /** What follows a source's text. */
    public static String close() {
        return "\n</source>\n";
    }

    /** Keeps document text from closing the source tag or faking a new one. */
    public static String escape(String text) {
        return text.replace("<", "‹").replace(">", "›").replace("\"", "＂");
    }

    private static String fileName(Passage p) {
        Path name = Path.of(p.path()).getFileName();
        String file = name == null ? p.path() : name.toString();
        return p.member().isEmpty() ? file : file + "!/" + p.member();
    }
}

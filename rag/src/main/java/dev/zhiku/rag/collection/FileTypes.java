package dev.zhiku.rag.collection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The file extensions behind the everyday names of file types ({@code word} → doc, docx, odt, rtf). */
public final class FileTypes {

    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "pdf", List.of("pdf"),
            "word", List.of("doc", "docx", "odt", "rtf", "wps"),
            "excel", List.of("xls", "xlsx", "xlsm", "ods", "csv", "et"),
            "ppt", List.of("ppt", "pptx", "odp", "key", "dps"),
            "email", List.of("eml", "msg", "mbox", "emlx"),
            "image", List.of("png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif", "webp", "heic"),
            "html", List.of("html", "htm", "xhtml", "mht"),
            "text", List.of("txt", "text", "log"),
            "markdown", List.of("md", "markdown"),
            "ebook", List.of("epub", "mobi", "azw3"));

    private FileTypes() {
    }

    /** The extensions of the types; empty for no types (any file). */
    public static Set<String> extensions(Set<String> types) {
        Set<String> out = new TreeSet<>();
        for (String type : types) {
            out.addAll(EXTENSIONS.getOrDefault(type, List.of(type)));
        }
        return out;
    }
}

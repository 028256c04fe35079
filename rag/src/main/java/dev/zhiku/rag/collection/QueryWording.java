package dev.zhiku.rag.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How an answer names what was counted or listed: "PDF files by Bob, 2024-01-01 – 2024-12-31". */
final class QueryWording {

    private static final Map<String, String> TYPES_EN = Map.of("pdf", "PDF", "word", "Word", "excel", "Excel",
            "ppt", "PowerPoint", "email", "e-mail", "image", "image", "html", "HTML", "text", "text",
            "markdown", "Markdown",
            "ebook", "e-book");
    private static final Map<String, String> TYPES_ZH = Map.of("pdf", "PDF ", "word", "Word ", "excel", "Excel ",
            "ppt", "PPT ", "email", "邮件", "image", "图片");
    private static final Map<String, String> KINDS_ZH = Map.of("contract", "合同", "invoice", "发票", "report", "报告",
            "offer", "报价", "receipt", "收据", "resume", "简历", "minutes", "纪要");

    private QueryWording() {
    }

    static String describe(CollectionQuery q, boolean zh) {
        return zh ? chinese(q) : english(q);
    }

    private static String english(CollectionQuery q) {
        List<String> types = q.types().stream().map(t -> TYPES_EN.getOrDefault(t, t)).toList();
        String noun = (types.isEmpty() ? "" : String.join("/", types) + " ")
                + (q.kinds().isEmpty() ? "files" : String.join("/", q.kinds().stream().map(k -> k + "s").toList()));
        StringBuilder s = new StringBuilder(Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
        if (q.folder() != null) {
            s.append(" in the folder “").append(q.folder()).append('”');
        }
        if (q.author() != null) {
            s.append(" by ").append(q.author());
        }
        if (!q.names().isEmpty()) {
            s.append(" named ").append(String.join(", ", q.names()));
        }
        if (q.from() != null && q.to() != null) {
            s.append(", changed ").append(q.from()).append(" – ").append(q.to().minusDays(1));
        } else if (q.from() != null) {
            s.append(", changed since ").append(q.from());
        } else if (q.to() != null) {
            s.append(", changed before ").append(q.to());
        }
        return s.toString();
    }

    private static String chinese(CollectionQuery q) {
        List<String> parts = new ArrayList<>();
        q.types().forEach(t -> parts.add(TYPES_ZH.getOrDefault(t, t).strip()));
        q.kinds().forEach(k -> parts.add(KINDS_ZH.getOrDefault(k, k)));
        String noun = parts.isEmpty() ? "文件" : String.join("、", parts);
        List<String> conditions = new ArrayList<>();
        if (q.folder() != null) {
            conditions.add("文件夹“" + q.folder() + "”");
        }
        if (q.author() != null) {
            conditions.add("作者 " + q.author());
        }
        if (!q.names().isEmpty()) {
            conditions.add("名称含 " + String.join("、", q.names()));
        }
        if (q.from() != null && q.to() != null) {
            conditions.add(q.from() + " 至 " + q.to().minusDays(1));
        } else if (q.from() != null) {
            conditions.add(q.from() + " 以来");
        } else if (q.to() != null) {
            conditions.add(q.to() + " 以前");
        }
        return noun + (conditions.isEmpty() ? "" : "（" + String.join("；", conditions) + "）");
    }
}

package dev.zhiku.app.ui.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The documents and questions of the viewer's screenshots: a 12-page PDF, a DOCX, HTML, Chinese Markdown. */
public final class ViewerSamples {

    public static final String QUESTION_EN = "How long does the warranty of the Halcyon valve last after delivery, "
            + "and where do warranty claims go?";
    public static final String QUESTION_ZH = "深圳出差时酒店住宿每晚最多可以报销多少钱？需要提供什么凭证？";
    public static final String PDF_QUESTION_EN = "How often must the Zephyr pump be serviced?";
    public static final String PDF_QUESTION_ZH = "How often must the Zephyr pump be serviced?";

    private ViewerSamples() {
    }

    /** Writes the samples into {@code dir}; returns it. */
    public static Path write(Path dir) throws IOException {
        List<List<String>> pages = new ArrayList<>(ViewerDocuments.pdfPages());
        for (int i = 4; i <= 12; i++) {
            pages.add(List.of("Chapter " + i + ": notes for the service engineer.",
                    "Record every inspection in the log book, page " + i + "."));
        }
        ViewerDocuments.pdf(dir, "zephyr-manual.pdf", pages);
        ViewerDocuments.docx(dir);
        ViewerDocuments.html(dir);
        Files.writeString(dir.resolve("差旅制度.md"), """
                # 差旅制度

                出差须提前两周通过差旅服务台预订。

                ## 住宿

                在深圳出差时，酒店住宿每晚最多报销650元。报销时须提供酒店发票和住宿清单。

                ## 交通

                四小时以内的行程一律乘坐二等座。
                """, StandardCharsets.UTF_8);
        return dir;
    }
}

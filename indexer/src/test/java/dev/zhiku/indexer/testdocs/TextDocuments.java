package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plain text in several encodings, CSV and a Java source file. */
final class TextDocuments {

    /** Simplified Chinese filler that gives charset detectors enough text to decide; legacy encodings need it. */
    static final String SIMPLIFIED_FILLER = "这是一份用于测试的中文文档，内容包括产品说明、价格和库存信息。"
            + "我们希望搜索引擎能够正确地识别这些文字，并且返回准确的结果。";
    private static final String TRADITIONAL_FILLER = "這是一份用於測試的繁體中文文件，內容包括產品說明、價格與庫存資訊。"
            + "我們希望搜尋引擎能夠正確地識別這些文字，並且傳回準確的結果。";
    private static final String JAPANESE_FILLER = "これはテスト用の日本語の文書です。製品の説明と価格と在庫の情報が含まれています。";

    private TextDocuments() {
    }

    static TestDocument utf8(Path dir) throws IOException {
        return text(dir.resolve("falcon-drill.txt"), Phrases.TEXT_UTF8, StandardCharsets.UTF_8, new byte[0], "");
    }

    static TestDocument utf16WithBom(Path dir) throws IOException {
        return text(dir.resolve("heron-kettle-utf16.txt"), Phrases.TEXT_UTF16, StandardCharsets.UTF_16LE,
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "");
    }

    static TestDocument gb18030(Path dir) throws IOException {
        return text(dir.resolve("panda-scooter-gb18030.txt"), Phrases.TEXT_GB18030, Charset.forName("GB18030"),
                new byte[0], SIMPLIFIED_FILLER);
    }

    static TestDocument big5(Path dir) throws IOException {
        return text(dir.resolve("typhoon-fan-big5.txt"), Phrases.TEXT_BIG5, Charset.forName("Big5"), new byte[0],
                TRADITIONAL_FILLER);
    }

    static TestDocument shiftJis(Path dir) throws IOException {
        return text(dir.resolve("sakura-clock-sjis.txt"), Phrases.TEXT_SHIFT_JIS, Charset.forName("Shift_JIS"),
                new byte[0], JAPANESE_FILLER);
    }

    static TestDocument csv(Path dir) throws IOException {
        Phrase p = Phrases.CSV;
        String csv = "order,city,note,备注\n8812,Chengdu,\"" + p.english() + "\"," + p.chinese() + "\n"
                + "8813,Wuhan,\"Order 8813 is pending\",订单八八一三待处理\n"
                + "8814,Xi'an,\"Order 8814 was cancelled\",订单八八一四已取消\n"
                + "8815,Nanjing,\"Order 8815 is packed\",订单八八一五已打包\n"
                + "8816,Suzhou,\"Order 8816 left the warehouse\",订单八八一六已出库\n";
        Path file = Files.writeString(dir.resolve("orders.csv"), csv, StandardCharsets.UTF_8);
        return TestDocument.single(file, "text/csv", p);
    }

    static TestDocument javaSource(Path dir) throws IOException {
        Phrase p = Phrases.JAVA;
        String source = """
                package dev.example.gecko;

                /**
                 * %s.
                 * %s。
                 */
                public final class GeckoParser {

                    private static final int RETRIES = 3;

                    public int retries() {
                        return RETRIES;
                    }
                }
                """.formatted(p.english(), p.chinese());
        Path file = Files.writeString(dir.resolve("GeckoParser.java"), source, StandardCharsets.UTF_8);
        return TestDocument.single(file, "text/x-java-source", p);
    }

    private static TestDocument text(Path file, Phrase p, Charset charset, byte[] bom, String filler)
            throws IOException {
        String body = p.english() + ".\n" + p.chinese() + "。\n" + (filler + "\n").repeat(4);
        byte[] encoded = body.getBytes(charset);
        byte[] bytes = new byte[bom.length + encoded.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(encoded, 0, bytes, bom.length, encoded.length);
        Files.write(file, bytes);
        return TestDocument.single(file, "text/plain", p);
    }
}

package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes real test documents, generated in code, into a folder a test owns (usually a {@code @TempDir}). Every
 * method returns a {@link TestDocument} naming the file, the phrases it carries and its structure; the phrases
 * come from {@link Phrases}, one distinct set per document, so searches can tell the documents apart.
 */
public final class TestDocuments {

    /** The user password of {@link #encryptedPdf(Path)}. */
    public static final String PDF_PASSWORD = "zhiku-secret";

    private TestDocuments() {
    }

    /** One of each well-formed format with extractable text, in this order. */
    public static List<TestDocument> writeAll(Path dir) throws IOException {
        return List.of(pdf(dir), docx(dir), pptx(dir), xlsx(dir), odt(dir), ods(dir), odp(dir), rtf(dir),
                epub(dir), html(dir), markdown(dir), text(dir), utf16Text(dir), gb18030Text(dir), big5Text(dir),
                shiftJisText(dir), csv(dir), javaSource(dir), eml(dir), mbox(dir), zip(dir));
    }

    /** Three A4 pages, one {@link Phrases} pair each; title {@value PdfDocuments#TITLE}. */
    public static TestDocument pdf(Path dir) throws IOException {
        return PdfDocuments.threePages(dir);
    }

    /** One page holding only an image of text, no text layer. */
    public static TestDocument scannedPdf(Path dir) throws IOException {
        return PdfDocuments.scanned(dir);
    }

    public static TestDocument png(Path dir) throws IOException {
        return TextImages.png(dir);
    }

    /** AES-256, user password {@link #PDF_PASSWORD}. */
    public static TestDocument encryptedPdf(Path dir) throws IOException {
        return PdfDocuments.encrypted(dir);
    }

    public static TestDocument truncatedPdf(Path dir) throws IOException {
        return PdfDocuments.truncated(dir);
    }

    /** 64 KiB of seeded random bytes named {@code garbage.pdf}. */
    public static TestDocument randomPdf(Path dir) throws IOException {
        return HostileDocuments.randomBytes(dir, "garbage.pdf", 64 << 10, 42L);
    }

    /** 64 KiB of seeded random bytes named {@code garbage.xlsx}. */
    public static TestDocument randomXlsx(Path dir) throws IOException {
        return HostileDocuments.randomBytes(dir, "garbage.xlsx", 64 << 10, 43L);
    }

    /** Heading 1, heading 2, paragraphs and a table. */
    public static TestDocument docx(Path dir) throws IOException {
        return OfficeDocuments.docx(dir);
    }

    public static TestDocument pptx(Path dir) throws IOException {
        return OfficeDocuments.pptx(dir);
    }

    /** Sheets {@code Prices} and {@code 库存}. */
    public static TestDocument xlsx(Path dir) throws IOException {
        return OfficeDocuments.xlsx(dir);
    }

    public static TestDocument odt(Path dir) throws IOException {
        return OdfDocuments.odt(dir);
    }

    public static TestDocument ods(Path dir) throws IOException {
        return OdfDocuments.ods(dir);
    }

    public static TestDocument odp(Path dir) throws IOException {
        return OdfDocuments.odp(dir);
    }

    public static TestDocument rtf(Path dir) throws IOException {
        return MarkupDocuments.rtf(dir);
    }

    public static TestDocument epub(Path dir) throws IOException {
        return EpubDocuments.epub(dir);
    }

    public static TestDocument html(Path dir) throws IOException {
        return MarkupDocuments.html(dir);
    }

    public static TestDocument markdown(Path dir) throws IOException {
        return MarkupDocuments.markdown(dir);
    }

    public static TestDocument text(Path dir) throws IOException {
        return TextDocuments.utf8(dir);
    }

    public static TestDocument utf16Text(Path dir) throws IOException {
        return TextDocuments.utf16WithBom(dir);
    }

    public static TestDocument gb18030Text(Path dir) throws IOException {
        return TextDocuments.gb18030(dir);
    }

    /** Traditional Chinese in Big5. */
    public static TestDocument big5Text(Path dir) throws IOException {
        return TextDocuments.big5(dir);
    }

    /** Japanese in Shift_JIS. */
    public static TestDocument shiftJisText(Path dir) throws IOException {
        return TextDocuments.shiftJis(dir);
    }

    public static TestDocument csv(Path dir) throws IOException {
        return TextDocuments.csv(dir);
    }

    public static TestDocument javaSource(Path dir) throws IOException {
        return TextDocuments.javaSource(dir);
    }

    /** Parts: the CSV and PDF attachments; the subject is {@link Phrases#MAIL_SUBJECT}. */
    public static TestDocument eml(Path dir) throws IOException {
        return MailDocuments.eml(dir);
    }

    /** Parts: the three messages. */
    public static TestDocument mbox(Path dir) throws IOException {
        return MailDocuments.mbox(dir);
    }

    /** Folders, a text file, a DOCX and a nested zip. */
    public static TestDocument zip(Path dir) throws IOException {
        return ArchiveDocuments.nested(dir);
    }

    /** A 200 MiB zero-filled entry in about 200 KB. */
    public static TestDocument zipBomb(Path dir) throws IOException {
        return ArchiveDocuments.bomb(dir, ArchiveDocuments.DEFAULT_BOMB_BYTES);
    }

    public static TestDocument zipBomb(Path dir, long uncompressedBytes) throws IOException {
        return ArchiveDocuments.bomb(dir, uncompressedBytes);
    }

    /** Zip in zip, twelve levels deep. */
    public static TestDocument deeplyNestedZip(Path dir) throws IOException {
        return ArchiveDocuments.deeplyNested(dir, 12);
    }

    public static TestDocument deeplyNestedZip(Path dir, int levels) throws IOException {
        return ArchiveDocuments.deeplyNested(dir, levels);
    }

    public static TestDocument emptyFile(Path dir) throws IOException {
        return HostileDocuments.empty(dir);
    }

    /** A text file that is one line of {@code bytes} characters (50 MiB is {@code 50L << 20}). */
    public static TestDocument singleLineText(Path dir, long bytes) throws IOException {
        return HostileDocuments.singleLine(dir, bytes);
    }

    public static TestDocument invalidUtf8(Path dir) throws IOException {
        return HostileDocuments.invalidUtf8(dir);
    }
}

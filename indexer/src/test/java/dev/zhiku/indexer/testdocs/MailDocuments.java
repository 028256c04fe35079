package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** An RFC 822 message with attachments and an mbox of three messages, written as MIME text. */
final class MailDocuments {

    static final String EML = "message/rfc822";
    static final String MBOX = "application/mbox";
    static final String SENDER_NAME = "李伟";

    private static final String CRLF = "\r\n";
    private static final String BOUNDARY = "zhiku-boundary-7f3a";

    private MailDocuments() {
    }

    /** Body in UTF-8 Chinese and English, subject RFC 2047-encoded, a CSV and a PDF attachment. */
    static TestDocument eml(Path dir) throws IOException {
        String csv = "invoice,due,note\n3390,2025-07-15," + Phrases.MAIL_CSV.english() + " / "
                + Phrases.MAIL_CSV.chinese() + "\n";
        byte[] pdf = PdfDocuments.bytes(null, Phrases.MAIL_PDF);
        String mail = String.join(CRLF,
                "From: " + encodedWord(SENDER_NAME) + " <li.wei@example.com>",
                "To: Anna Berg <anna.berg@example.org>",
                "Cc: operations@example.org",
                "Date: Tue, 01 Jul 2025 09:30:00 +0800",
                "Subject: " + encodedWord(Phrases.MAIL_SUBJECT.english() + " " + Phrases.MAIL_SUBJECT.chinese()),
                "Message-ID: <pelican-renewal-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"" + BOUNDARY + "\"",
                "",
                "This is a multi-part message in MIME format.",
                "--" + BOUNDARY,
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: base64",
                "",
                base64(Phrases.MAIL_BODY.line().getBytes(StandardCharsets.UTF_8)),
                attachmentHeader("text/csv; charset=UTF-8", "pelican-invoices.csv"),
                base64(csv.getBytes(StandardCharsets.UTF_8)),
                attachmentHeader("application/pdf", "pelican-sites.pdf"),
                base64(pdf),
                "--" + BOUNDARY + "--",
                "");
        Path file = Files.writeString(dir.resolve("pelican-renewal.eml"), mail, StandardCharsets.US_ASCII);
        return TestDocument.ofParts(file, EML, Structure.ATTACHMENTS, List.of(
                DocumentPart.of("pelican-invoices.csv", Phrases.MAIL_CSV),
                DocumentPart.of("pelican-sites.pdf", Phrases.MAIL_PDF)),
                Phrases.MAIL_BODY, Phrases.MAIL_CSV, Phrases.MAIL_PDF);
    }

    /**
     * Three messages: an 8bit UTF-8 body, a base64 UTF-8 body and a base64 GBK body. Tika's MboxParser reads the
     * mbox as windows-1252, so an 8bit UTF-8 body containing bytes undefined there (0x81, 0x8D, 0x8F, 0x90, 0x9D;
     * e.g. 千 = E5 8D 83) comes out corrupted; the 8bit message avoids such characters.
     */
    static TestDocument mbox(Path dir) throws IOException {
        String gbkBody = Phrases.MBOX_GBK.line() + "\n" + TextDocuments.SIMPLIFIED_FILLER;
        byte[] gbk = gbkBody.getBytes(Charset.forName("GBK"));
        String mbox = message(1, "Osprey meeting", "UTF-8", "8bit", Phrases.MBOX_1.line())
                + message(2, "Osprey budget", "UTF-8", "base64",
                        base64(Phrases.MBOX_2.line().getBytes(StandardCharsets.UTF_8)).replace(CRLF, "\n"))
                + message(3, "Osprey server", "GBK", "base64",
                        base64(gbk).replace(CRLF, "\n"));
        Path file = Files.writeString(dir.resolve("osprey.mbox"), mbox, StandardCharsets.UTF_8);
        return TestDocument.ofParts(file, MBOX, Structure.MESSAGES, List.of(
                DocumentPart.of("Osprey meeting", Phrases.MBOX_1), DocumentPart.of("Osprey budget", Phrases.MBOX_2),
                DocumentPart.of("Osprey server", Phrases.MBOX_GBK)),
                Phrases.MBOX_1, Phrases.MBOX_2, Phrases.MBOX_GBK);
    }

    private static String message(int n, String subject, String charset, String encoding, String body) {
        return String.join("\n",
                "From osprey-team@example.com Mon Jun 0" + n + " 08:00:00 2025",
                "From: Osprey Team <osprey-team@example.com>",
                "To: zhao.min@example.com",
                "Date: Mon, 0" + n + " Jun 2025 08:00:00 +0800",
                "Subject: " + subject,
                "Message-ID: <osprey-" + n + "@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=" + charset,
                "Content-Transfer-Encoding: " + encoding,
                "",
                body,
                "",
                "");
    }

    private static String attachmentHeader(String contentType, String fileName) {
        return String.join(CRLF,
                "--" + BOUNDARY,
                "Content-Type: " + contentType + "; name=\"" + fileName + "\"",
                "Content-Disposition: attachment; filename=\"" + fileName + "\"",
                "Content-Transfer-Encoding: base64",
                "");
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String base64(byte[] data) {
        return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(data);
    }
}

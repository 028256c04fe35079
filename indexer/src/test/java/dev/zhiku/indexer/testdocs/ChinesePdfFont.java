package dev.zhiku.indexer.testdocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Adobe-GB1 font {@code STSong-Light}, referenced but not embedded, as many Chinese PDFs use it. PDFBox cannot
 * embed the CFF-based Noto CJK fonts found on Linux machines, and no glyf-based CJK TrueType font can be assumed,
 * so the Chinese text is written this way: readers substitute a system font, and a ToUnicode map lets every text
 * extractor recover the characters. Text is shown as UCS-2 hex strings ({@code UniGB-UCS2-H} encoding).
 */
final class ChinesePdfFont {

    private ChinesePdfFont() {
    }

    /** A Type 0 font for the given characters (the ToUnicode map covers exactly these and the space). */
    static PDType0Font create(PDDocument doc, String characters) throws IOException {
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "STSong-Light");
        type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont());
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        byte[] cmap = toUnicode(" " + characters).getBytes(StandardCharsets.US_ASCII);
        type0.setItem(COSName.TO_UNICODE, new PDStream(doc, new ByteArrayInputStream(cmap)));
        return new PDType0Font(type0);
    }

    /** The operand of a {@code Tj} operator showing this text in the font. */
    static String hexString(String text) {
        StringBuilder hex = new StringBuilder("<");
        text.chars().forEach(c -> hex.append("%04X".formatted(c)));
        return hex.append('>').toString();
    }

    private static COSDictionary cidFont() {
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "GB1");
        system.setInt(COSName.SUPPLEMENT, 2);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray box = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        return cid;
    }

    private static String toUnicode(String characters) {
        String distinct = characters.chars().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def /CMapType 2 def
                1 begincodespacerange <0000> <FFFF> endcodespacerange
                """);
        for (int start = 0; start < distinct.length(); start += 100) {
            String block = distinct.substring(start, Math.min(distinct.length(), start + 100));
            cmap.append(block.length()).append(" beginbfchar\n");
            block.chars().forEach(c -> cmap.append("<%04X> <%04X>\n".formatted(c, c)));
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n").toString();
    }
}

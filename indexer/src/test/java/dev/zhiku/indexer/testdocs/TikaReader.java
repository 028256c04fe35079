package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Runs Tika the way the tests need it: OCR off, embedded documents parsed. */
final class TikaReader {

    /** What Tika returned for one file. */
    record Extraction(String text, Metadata metadata) {
    }

    private final AutoDetectParser parser = new AutoDetectParser();

    Extraction text(Path file) throws IOException, TikaException, SAXException {
        return parse(file, new BodyContentHandler(-1));
    }

    Extraction xhtml(Path file) throws IOException, TikaException, SAXException {
        return parse(file, new ToXMLContentHandler());
    }

    /** The container first, then one entry per embedded document (attachments, messages, archive entries). */
    List<Metadata> recursive(Path file) throws IOException, TikaException, SAXException {
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, -1));
        try (InputStream in = TikaInputStream.get(file)) {
            wrapper.parse(in, handler, metadataFor(file), context());
        }
        return handler.getMetadataList();
    }

    private Extraction parse(Path file, ContentHandler handler) throws IOException, TikaException, SAXException {
        Metadata metadata = metadataFor(file);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context());
        }
        return new Extraction(handler.toString(), metadata);
    }

    private static Metadata metadataFor(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        metadata.set(Metadata.CONTENT_LENGTH, Long.toString(Files.size(file)));
        return metadata;
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}

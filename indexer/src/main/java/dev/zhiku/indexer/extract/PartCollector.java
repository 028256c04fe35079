package dev.zhiku.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.xml.sax.ContentHandler;

/** Receives each part of a file from Tika's recursive parser: the file itself last, its parts before. */
final class PartCollector extends AbstractRecursiveParserWrapperHandler {

    private static final long serialVersionUID = 1L;

    /** A part's handler with its metadata. */
    record Part(StructuredTextHandler handler, Metadata metadata, boolean container) {
    }

    private final transient List<Part> parts = new ArrayList<>();

    PartCollector(ContentHandlerFactory factory, int maxParts) {
        super(factory, maxParts);
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endEmbeddedDocument(handler, metadata);
        parts.add(new Part((StructuredTextHandler) handler, metadata, false));
    }

    @Override
    public void endDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endDocument(handler, metadata);
        parts.addFirst(new Part((StructuredTextHandler) handler, metadata, true));
    }

    List<Part> parts() {
        return parts;
    }
}

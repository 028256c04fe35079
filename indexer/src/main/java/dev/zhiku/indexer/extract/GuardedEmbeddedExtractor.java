package dev.zhiku.indexer.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's embedded-document extractor (every archive entry, decompressed stream and attachment passes through it,
 * at every nesting level) with an {@link ExpansionGuard}: an entry's declared size is checked before it is opened,
 * and every byte read from it is counted while it is parsed.
 */
final class GuardedEmbeddedExtractor implements EmbeddedDocumentExtractor {

    private final EmbeddedDocumentExtractor delegate;
    private final ExpansionGuard guard;

    GuardedEmbeddedExtractor(ParseContext context, ExpansionGuard guard) {
        this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        this.guard = guard;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        guard.declare(declaredSize(metadata));
        delegate.parseEmbedded(new CountingStream(stream, guard), handler, metadata, outputHtml);
    }

    private static long declaredSize(Metadata metadata) {
        String length = metadata.get(Metadata.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Counts every byte taken from an entry; fails once the file's allowance is spent. */
    private static final class CountingStream extends FilterInputStream {
        private final ExpansionGuard guard;

        CountingStream(InputStream in, ExpansionGuard guard) {
            super(in);
            this.guard = guard;
        }

        @Override
        public int read() throws IOException {
            guard.check();
            int b = super.read();
            if (b >= 0) {
                guard.count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            guard.check();
            int n = super.read(b, off, len);
            if (n > 0) {
                guard.count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            guard.check();
            long skipped = super.skip(n);
            if (skipped > 0) {
                guard.count(skipped);
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}

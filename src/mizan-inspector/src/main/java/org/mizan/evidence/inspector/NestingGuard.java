package org.mizan.evidence.inspector;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Collects every document of a parse (the file and what is embedded in it), as its parent does,
 * and refuses to go deeper than the nesting limit. Tika's own package-depth check sees one document
 * at a time here, and its hard stop is at 100 levels; an archive nested 50 deep is hostile long
 * before that. Once tripped, it opens no further embedded document.
 */
final class NestingGuard extends RecursiveParserWrapperHandler {

    private static final long serialVersionUID = 1L;
    private final int maxNesting;
    private boolean tooDeep;

    NestingGuard(ContentHandlerFactory factory, int maxEmbedded, int maxNesting) {
        super(factory, maxEmbedded);
        this.maxNesting = maxNesting;
    }

    @Override
    public void startEmbeddedDocument(ContentHandler contentHandler, Metadata metadata) throws SAXException {
        super.startEmbeddedDocument(contentHandler, metadata);
        Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
        if (tooDeep || depth != null && depth > maxNesting) {
            tooDeep = true;
            decrementEmbeddedDepth(); // the document is not parsed, so its end is never reported
            throw new SAXException("Nested deeper than " + maxNesting + " levels");
        }
    }

    boolean tooDeep() {
        return tooDeep;
    }
}

package org.mizan.evidence.inspector;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.utils.XMLReaderUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Inspects one file: first what the bytes alone give away (its type with container detection, a
 * second format hidden in it, a zip that claims to inflate a hundredfold), then a parse by Tika with
 * every limit it has — text, embedded documents and their depth, compression ratio, XML element
 * depth and entity expansion — reading embedded documents one by one so each has its own metadata.
 */
final class FileInspection {

    /** Tika's secure-XML default, set here so that no system property can raise it. */
    private static final int MAX_ENTITY_EXPANSIONS = 20;
    private static final int MAX_XML_DEPTH = 200;
    /** Embedded documents larger than this are parsed from a temporary file rather than memory. */
    private static final long SPOOL_TO_DISK_BYTES = 1024 * 1024;
    /** Tika starts comparing output with input after this many characters. */
    private static final long COMPRESSION_CHECK_AFTER_CHARS = 10_000;

    private final WorkerLimits limits;
    private final AutoDetectParser parser;

    FileInspection(WorkerLimits limits) {
        this.limits = limits;
        XMLReaderUtils.setMaxEntityExpansions(MAX_ENTITY_EXPANSIONS);
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setSpoolToDisk(SPOOL_TO_DISK_BYTES);
        config.setOutputThreshold(COMPRESSION_CHECK_AFTER_CHARS);
        config.setMaximumCompressionRatio(limits.maxCompressionRatio());
        config.setMaximumDepth(MAX_XML_DEPTH);
        config.setMaximumPackageEntryDepth(limits.maxNesting());
        parser.setAutoDetectParserConfig(config);
    }

    Finding inspect(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return new EvidenceFacts(limits).finding(null, List.of(), false);
        }
        String type = detect(file);
        Optional<String> other = Polyglot.otherFormat(file);
        if (other.isPresent()) {
            return Finding.refused(Refusal.POLYGLOT, other.get(), type);
        }
        if (isZip(file) && ZipBomb.suspected(file, size, limits)) {
            return Finding.refused(Refusal.ZIP_BOMB, null, type);
        }
        return parse(file, type);
    }

    private String detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return parser.getDetector().detect(in, metadata).toString();
        }
    }

    private Finding parse(Path file, String type) {
        ParseContext context = new ParseContext();
        // No OCR: it would run an external program (tesseract) for minutes on every picture.
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        NestingGuard documents = new NestingGuard(new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
                limits.maxTextChars(), true, context), limits.maxEmbedded(), limits.maxNesting());
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            new RecursiveParserWrapper(parser, true).parse(in, documents, metadata, context);
        } catch (EncryptedDocumentException e) {
            return Finding.refused(Refusal.ENCRYPTED, null, type);
        } catch (Exception e) {
            return Finding.refused(Hostility.in(e).orElse(Refusal.UNREADABLE), null, type);
        }
        if (documents.tooDeep()) {
            return Finding.refused(Refusal.NESTED_TOO_DEEP, Integer.toString(limits.maxNesting()), type);
        }
        List<Metadata> all = documents.getMetadataList();
        for (Metadata document : all) {
            for (String said : document.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION)) {
                Optional<Refusal> hostile = Hostility.in(said);
                if (hostile.isPresent()) {
                    return Finding.refused(hostile.get(), null, type);
                }
            }
        }
        boolean truncated = all.stream().anyMatch(m -> "true".equals(m.get(TikaCoreProperties.WRITE_LIMIT_REACHED)));
        return new EvidenceFacts(limits).finding(type, all, truncated);
    }

    private static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return Polyglot.startsWithZip(in.readNBytes(4));
        }
    }
}

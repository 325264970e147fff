package org.mizan.imports.control;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.mizan.platform.control.InvalidInput;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An XLSX workbook read with POI's event API: one sheet's XML is parsed as it is unzipped, never the whole workbook
 * built in memory; the shared strings table is the one part held whole. POI's zip-bomb guard stays on.
 */
final class TableXlsx implements TableSource {

    private final OPCPackage workbook;
    private final List<String> sheets;
    private final TableCountingStream sheet;
    private final TableSheetReader reader;

    private TableXlsx(OPCPackage workbook, List<String> sheets, TableCountingStream sheet, TableSheetReader reader) {
        this.workbook = workbook;
        this.sheets = sheets;
        this.sheet = sheet;
        this.reader = reader;
    }

    static TableXlsx open(Path file, TableOptions options) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            // A zip that is not an Office package (or a broken zip): InvalidFormatException, NotOfficeXmlFileException...
            throw unreadable(e);
        }
        try {
            return open(workbook, options);
        } catch (InvalidInput e) {
            workbook.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            workbook.revert();
            throw unreadable(e);
        }
    }

    private static TableXlsx open(OPCPackage workbook, TableOptions options)
            throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        XSSFReader parts = new XSSFReader(workbook);
        int wanted = options.sheet() == null ? 0 : options.sheet();
        List<String> names = new ArrayList<>();
        PackagePart part = null;
        for (XSSFReader.SheetIterator iterator = parts.getSheetIterator(); iterator.hasNext(); ) {
            // The iterator opens each sheet's stream; only the part is kept, to be opened again below.
            iterator.next().close();
            if (names.size() == wanted) {
                part = iterator.getSheetPart();
            }
            names.add(iterator.getSheetName());
        }
        if (names.isEmpty()) {
            throw TableFile.refusal("import.file.empty");
        }
        if (part == null) {
            throw new InvalidInput("sheet", "import.file.sheet", names.size());
        }
        TableXlsxFormatter formatter;
        try (InputStream data = parts.getWorkbookData()) {
            formatter = new TableXlsxFormatter(date1904(data));
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        TableCountingStream sheet = new TableCountingStream(part.getInputStream(), part.getSize());
        return new TableXlsx(workbook, List.copyOf(names), sheet,
                TableSheetReader.start(sheet, parts.getStylesTable(), strings, formatter));
    }

    /** Whether dates count from 1904 (old Mac workbooks) rather than 1900; the streaming handler does not look. */
    private static boolean date1904(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("workbookPr".equals(xml.getLocalName())) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equals(value);
                    }
                    if ("sheets".equals(xml.getLocalName())) {
                        return false;
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    static InvalidInput unreadable(Exception cause) {
        InvalidInput refusal = TableFile.refusal("import.file.unreadable");
        refusal.initCause(cause);
        return refusal;
    }

    @Override
    public TableFormat format() {
        return TableFormat.XLSX;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public Character delimiter() {
        return null;
    }

    @Override
    public List<String> sheets() {
        return sheets;
    }

    @Override
    public Iterator<TableRow> rows() {
        return reader.rows();
    }

    @Override
    public double progress() {
        return sheet.progress();
    }

    /** The parse first: it reads from the package. */
    @Override
    public void close() throws IOException {
        try {
            reader.stop();
        } finally {
            try {
                sheet.close();
            } finally {
                // revert, not close: close would try to save a package opened read-only.
                workbook.revert();
            }
        }
    }
}

package org.mizan.evidence.inspector;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small real files made on the spot for the inspection tests — a photo with GPS, an Arabic DOCX —
 * and hostile ones: a zip bomb, a billion-laughs XML, archives nested 50 deep, polyglots.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A JPEG whose EXIF says it was taken at {@code takenAt} ("2019:10:25 14:30:00") at this place (north and east). */
    public static byte[] jpegWithGps(String takenAt, double latitude, double longitude) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 32, 24);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = jpeg.toByteArray();
        byte[] app1 = app1(exif(takenAt, latitude, longitude));
        // EXIF belongs right after the SOI marker (FFD8); ImageIO wrote a JFIF APP0 there, which may stay after it.
        byte[] out = new byte[plain.length + app1.length];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
        return out;
    }

    private static byte[] app1(byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteBuffer b = ByteBuffer.allocate(2 + length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff);
        return b.array();
    }

    /** A big-endian TIFF block: IFD0 pointing to an EXIF IFD (DateTimeOriginal) and a GPS IFD. */
    private static byte[] exif(String takenAt, double latitude, double longitude) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
        b.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries (ExifIFD 0x8769, GPSIFD 0x8825), 2 + 2*12 + 4 = 30 bytes -> ends at 38
        int exifIfd = 38;
        int exifData = exifIfd + 2 + 12 + 4; // 56
        int gpsIfd = exifData + 20;           // 76 (the date takes 20 bytes)
        b.putShort((short) 2);
        entry(b, 0x8769, 4, 1, exifIfd);
        entry(b, 0x8825, 4, 1, gpsIfd);
        b.putInt(0);
        // EXIF IFD: DateTimeOriginal (ASCII, 20 bytes with the NUL)
        b.putShort((short) 1);
        entry(b, 0x9003, 2, 20, exifData);
        b.putInt(0);
        byte[] date = Arrays.copyOf(takenAt.getBytes(StandardCharsets.ISO_8859_1), 20);
        b.put(date);
        // GPS IFD: version, N, latitude, E, longitude
        int gpsData = gpsIfd + 2 + 5 * 12 + 4;
        b.putShort((short) 5);
        entry(b, 0x0000, 1, 4, 0x02020000);
        entry(b, 0x0001, 2, 2, 'N' << 24);
        entry(b, 0x0002, 5, 3, gpsData);
        entry(b, 0x0003, 2, 2, 'E' << 24);
        entry(b, 0x0004, 5, 3, gpsData + 24);
        b.putInt(0);
        rationals(b, latitude);
        rationals(b, longitude);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** Degrees, minutes and seconds (to 1/100) as three unsigned rationals. */
    private static void rationals(ByteBuffer b, double value) {
        int degrees = (int) value;
        double restMinutes = (value - degrees) * 60;
        int minutes = (int) restMinutes;
        long seconds = Math.round((restMinutes - minutes) * 60 * 100);
        b.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) seconds).putInt(100);
    }

    /** A Word document holding {@code text} as one paragraph, written by {@code author}. */
    public static byte[] docx(String text, String author) {
        return zip(
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                        + "</Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "</Relationships>",
                "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>"
                        + "</w:body></w:document>",
                "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                        + "<dc:creator>" + author + "</dc:creator>"
                        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-11-02T09:00:00Z</dcterms:created>"
                        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2019-11-03T10:00:00Z</dcterms:modified>"
                        + "</cp:coreProperties>");
    }

    /**
     * A small zip whose one text entry inflates to {@code megabytes} MiB of the same letter. Deflate
     * shrinks that about a thousandfold, so 200 MiB travel as some 200 KiB.
     */
    public static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("report.txt"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "Billion laughs": ten levels of entities, each ten of the one below — a gigabyte of "lol" from a few hundred bytes. */
    public static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String below = level == 1 ? "lol" : "lol" + (level - 1);
            xml.append(" <!ENTITY lol").append(level).append(" \"").append(("&" + below + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A zip holding a zip holding a zip… {@code depth} deep, with a line of text at the bottom. */
    public static byte[] nestedZips(int depth) {
        byte[] inner = zip("bottom.txt", "the bottom of the archive");
        for (int level = depth - 1; level > 0; level--) {
            inner = storedZip("level" + level + ".zip", inner);
        }
        return inner;
    }

    /** A PNG with a zip appended: a valid picture to image viewers, a valid archive to unzip. */
    public static byte[] pngWithZip() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
            png.write(zip("hidden.txt", "not what it seems"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Text whose first kilobyte also holds a PDF header, which PDF readers accept anywhere there. */
    public static byte[] textWithPdfHeader() {
        String text = "Plain words to start with.\n%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A zip of text entries, names and contents alternating. */
    public static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip with one entry stored as is: nesting then adds only some bytes per level. */
    private static byte[] storedZip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.mizan.memorial.control;

import org.junit.jupiter.api.Test;
import org.mizan.memorial.entity.LeakKind;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeakScannerTest {

    private static final LeakScanner SCANNER = new LeakScanner(new LeakScanner.Secrets(
            List.of("+964 770 123 4567"), List.of("أم حسين الكناني", "Karrada, street 52 house 7", "@um_hussein77", "Baghdad",
                    "fatima1990"),
            List.of("زهراء كريم الساعدي", "Zahraa Karim al-Saadi", "Abu Mustafa", "Zahraa", "Ali", "Nadheema"),
            List.of("inv.karim", "ali"), List.of("MZN-2019-0042"),
            List.of("Zahraa Hadi al-Musawi", "Ali Hassan", "Mustafa Abu Mustafa Kadhim")));

    private static List<LeakScanner.Finding> scan(String file, String text) {
        return SCANNER.scan(Map.of(file, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void leaks(LeakKind kind, String text) {
        assertEquals(List.of(new LeakScanner.Finding("victims/1.en.html", kind)), scan("victims/1.en.html", text), text);
    }

    @Test
    void aPhoneIsFoundHoweverItIsWritten() {
        leaks(LeakKind.CONTACT, "<p>Call 07701234567</p>");
        leaks(LeakKind.CONTACT, "<p>+964-770-123-4567</p>");
        leaks(LeakKind.CONTACT, "<p>٠٧٧٠١٢٣٤٥٦٧</p>");
        leaks(LeakKind.CONTACT, "<p>&#48;770 123 4567</p>");
    }

    @Test
    void contactNamesAddressesAndHandlesAreFound() {
        leaks(LeakKind.CONTACT, "<p>أم حسين الكناني</p>");
        leaks(LeakKind.CONTACT, "<p>karrada street 52 house 7</p>");
        leaks(LeakKind.CONTACT, "<a href=\"x\">@um_hussein77</a>");
        leaks(LeakKind.CONTACT, "<p>Fatima1990</p>");
    }

    @Test
    void aNonConsentedNameIsFoundInEitherScriptAndEncoding() {
        leaks(LeakKind.NAME, "<h1>Zahraa Karim al-Saadi</h1>");
        leaks(LeakKind.NAME, "<h1>زهراء كريم الساعدى</h1>");
        leaks(LeakKind.NAME, "<h1>&#1586;&#1607;&#1585;&#1575;&#1569; كريم الساعدي</h1>");
        leaks(LeakKind.NAME, "<a href=\"%D8%B2%D9%87%D8%B1%D8%A7%D8%A1%20%D9%83%D8%B1%D9%8A%D9%85%20%D8%A7%D9%84%D8%B3%D8%A7%D8%B9%D8%AF%D9%8A\">x</a>");
        leaks(LeakKind.NAME, "<p>known as abu mustafa</p>");
        leaks(LeakKind.NAME, "<p>Nadheema</p>");
    }

    @Test
    void aSharedGivenNameOrAPublishedNameIsNoFinding() {
        assertEquals(List.of(), scan("v.html", "<h1>Zahraa Hadi al-Musawi</h1><p>Ali Hassan</p><p>Alimentation</p>"));
        // Part of a word is not the word.
        assertEquals(List.of(), scan("v.html", "<p>Nadheemas</p><p>MZN-2019-00421</p>"));
        // A one-word address is a town like any other; a name inside a published name chain is that published name.
        assertEquals(List.of(), scan("v.html", "<p>Baghdad</p><h1>Mustafa Abu Mustafa Kadhim</h1>"));
        leaks(LeakKind.NAME, "<h1>Mustafa Abu Mustafa Kadhim</h1><p>Abu Mustafa</p>");
    }

    @Test
    void usernamesAndReferencesAreFound() {
        leaks(LeakKind.USERNAME, "<footer>by inv.karim</footer>");
        leaks(LeakKind.REFERENCE, "<p>case mzn-2019-0042</p>");
        leaks(LeakKind.REFERENCE, "<feed><id>MZN 2019 0042</id></feed>");
    }

    @Test
    void aCleanSiteHasNoFinding() {
        Map<String, byte[]> site = new LinkedHashMap<>();
        site.put("index.en.html", "<h1>Memorial</h1><p>Zahraa Hadi al-Musawi, 2019, Baghdad</p><p>17 victims</p>"
                .getBytes(StandardCharsets.UTF_8));
        site.put("style.css", "body{margin:0}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), SCANNER.scan(site));
    }

    @Test
    void imageMetadataIsFoundAndAReEncodedImageIsClean() throws IOException {
        byte[] clean = jpeg(false);
        byte[] withComment = jpeg(true);
        assertEquals(List.of(), SCANNER.scan(Map.of("p/1.jpg", clean)));
        assertEquals(List.of(new LeakScanner.Finding("p/1.jpg", LeakKind.IMAGE_METADATA)), SCANNER.scan(Map.of("p/1.jpg", withComment)));
        byte[] exif = new byte[clean.length + 10];
        System.arraycopy(clean, 0, exif, 0, 2);
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 8, 'E', 'x', 'i', 'f', 0, 0}, 0, exif, 2, 10);
        System.arraycopy(clean, 2, exif, 12, clean.length - 2);
        assertEquals(List.of(new LeakScanner.Finding("p/1.jpg", LeakKind.IMAGE_METADATA)), SCANNER.scan(Map.of("p/1.jpg", exif)));
        assertTrue(ImageMetadata.carriesMetadata(new byte[] {1, 2, 3}), "what cannot be read is not published");
    }

    /** A small JPEG, with a comment segment (metadata) when asked. */
    static byte[] jpeg(boolean comment) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(image), null);
            if (comment) {
                javax.imageio.metadata.IIOMetadataNode root = (javax.imageio.metadata.IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
                javax.imageio.metadata.IIOMetadataNode text = new javax.imageio.metadata.IIOMetadataNode("Text");
                javax.imageio.metadata.IIOMetadataNode entry = new javax.imageio.metadata.IIOMetadataNode("TextEntry");
                entry.setAttribute("value", "GPS 33.3 44.4");
                text.appendChild(entry);
                root.appendChild(text);
                metadata.mergeTree("javax_imageio_1.0", root);
            }
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

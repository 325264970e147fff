package org.mizan.evidence.inspector;

import org.apache.tika.metadata.Geographic;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Tika's metadata into what an investigator looks for in evidence — when a photo was taken
 * (EXIF DateTimeOriginal) and where (GPS), who wrote a document — plus all of the file's own
 * metadata, bounded in number and length. The text is the file's and its embedded documents', in
 * order, up to the limit.
 */
final class EvidenceFacts {

    /**
     * Not the file's metadata: Tika's bookkeeping (parse times, stack traces, the text itself), and
     * what describes the worker's temporary copy (its name, its file-system dates), which would only
     * mislead someone reading the evidence.
     */
    private static final Set<String> NOT_THE_FILES = Set.of("resourceName", "File Name", "File Size",
            "File Modified Date");
    private static final String TIKA_INTERNAL = "X-TIKA:";

    private final WorkerLimits limits;

    EvidenceFacts(WorkerLimits limits) {
        this.limits = limits;
    }

    Finding finding(String type, List<Metadata> documents, boolean truncated) {
        if (documents.isEmpty()) {
            return new Finding(true, null, null, type, "", false, null, null, null, null, Map.of());
        }
        Metadata file = documents.get(0);
        StringBuilder text = new StringBuilder();
        for (Metadata document : documents) {
            String content = document.get(TikaCoreProperties.TIKA_CONTENT);
            if (content != null && !content.isBlank() && text.length() < limits.maxTextChars()) {
                text.append(content.strip()).append('\n');
            }
        }
        boolean cut = truncated || text.length() > limits.maxTextChars();
        text.setLength(Math.min(text.length(), limits.maxTextChars()));
        Double latitude = coordinate(file.get(Geographic.LATITUDE), 90);
        Double longitude = coordinate(file.get(Geographic.LONGITUDE), 180);
        return new Finding(true, null, null, type, text.toString().strip(), cut, bounded(file.get(TIFF.ORIGINAL_DATE)),
                latitude == null || longitude == null ? null : latitude, latitude == null || longitude == null ? null : longitude,
                bounded(author(file)), all(file));
    }

    private static String author(Metadata file) {
        String creator = file.get(TikaCoreProperties.CREATOR);
        return creator != null ? creator : file.get(Office.AUTHOR);
    }

    private static Double coordinate(String value, double bound) {
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isFinite(number) && Math.abs(number) <= bound ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, List<String>> all(Metadata file) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        String[] names = file.names();
        Arrays.sort(names);
        for (String name : names) {
            if (all.size() >= limits.maxMetadataFields()) {
                break;
            }
            if (name.startsWith(TIKA_INTERNAL) || NOT_THE_FILES.contains(name)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String value : file.getValues(name)) {
                if (values.size() < 20) {
                    values.add(bounded(value));
                }
            }
            all.put(bounded(name), values);
        }
        return all;
    }

    private String bounded(String value) {
        return value == null || value.length() <= limits.maxValueChars() ? value : value.substring(0, limits.maxValueChars());
    }
}

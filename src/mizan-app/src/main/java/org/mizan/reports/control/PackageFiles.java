package org.mizan.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.Provenance;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an evidence package says about each item, as its audience may see it. For INTERNAL and LEGAL (the audiences with the
 * team's details) everything: file name, provenance, and every custody event with who, from where and why. For UN and PUBLIC
 * the item is named by its number and type, its provenance keeps only when and how it was collected and with what, and its
 * custody keeps every event and time with the handlers as "handler 1", "handler 2" … (the same person, the same number).
 */
final class PackageFiles {

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private PackageFiles() {
    }

    /** Where an item's bytes go under {@code data/}: its number, and its file name when the audience may see names. */
    static String payloadPath(EvidenceItem item, boolean staffDetails) {
        String name = staffDetails && item.getDeclaredName() != null ? item.getDeclaredName() : "item" + extension(item.getDeclaredName());
        return "items/" + item.getId() + "-" + safe(name);
    }

    /**
     * Latin letters, digits, dot, dash and underscore; anything else becomes "_". Arabic names too: unzip (Info-ZIP 6, what
     * Debian and macOS ship) ignores a zip's UTF-8 flag and writes them garbled, and then {@code sha256sum -c} finds no file.
     * The name as given is in the item's JSON.
     */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,8}") ? extension : "";
    }

    static byte[] itemJson(EvidencePackages.Plan plan, EvidencePackages.Packed packed, boolean staff) {
        EvidenceItem item = packed.item();
        JsonObjectBuilder json = Json.createObjectBuilder().add("item", item.getId()).add("case", plan.reference())
                .add("payload", "data/" + packed.payloadPath()).add("sha256", item.getSha256()).add("sizeBytes", item.getSizeBytes());
        optional(json, "declaredName", staff ? item.getDeclaredName() : null);
        optional(json, "declaredType", item.getDeclaredType());
        optional(json, "detectedType", item.getDetectedType());
        json.add("receivedAt", item.getReceivedAt().toString());
        optional(json, "receivedBy", staff ? item.getReceivedBy() : null);
        if (item.getDerivedFrom() != null) {
            json.add("derivedFrom", item.getDerivedFrom());
            optional(json, "derivation", item.getDerivation());
        }
        optional(json, "capturedAt", item.getCapturedAt());
        optional(json, "verificationStatus", item.getVerificationStatus() == null ? null : item.getVerificationStatus().name());
        optional(json, "integrity", item.getIntegrity() == null ? null : item.getIntegrity().name());
        optional(json, "integrityCheckedAt", item.getIntegrityCheckedAt() == null ? null : item.getIntegrityCheckedAt().toString());
        json.add("provenance", provenance(item.provenance(), staff));
        var custody = Json.createArrayBuilder();
        Map<String, String> handlers = new HashMap<>();
        for (CustodyEvent event : packed.custody()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("at", event.getOccurredAt().toString())
                    .add("action", event.getAction().name());
            if (staff) {
                optional(entry, "by", event.getUsername());
                optional(entry, "from", event.getClientAddress());
                optional(entry, "reason", event.getReason());
            } else {
                entry.add("by", handlers.computeIfAbsent(event.getUsername(), user -> "handler " + (handlers.size() + 1)));
            }
            custody.add(entry);
        }
        json.add("custody", custody);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = WRITERS.createWriter(out)) {
            writer.writeObject(json.build());
        }
        return out.toByteArray();
    }

    private static JsonObjectBuilder provenance(Provenance p, boolean staff) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        optional(json, "collectedAt", p.collectedAt() == null ? null : p.collectedAt().toString());
        optional(json, "collectionMethod", p.collectionMethod());
        optional(json, "captureDevice", p.captureDevice());
        if (staff) {
            optional(json, "description", p.description());
            optional(json, "providedBy", p.providedBy());
            optional(json, "originalUrl", p.originalUrl());
            optional(json, "notes", p.notes());
        }
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }
}

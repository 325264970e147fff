package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who uploaded which spreadsheet, when (V29): what any node, and a restarted one, knows of {@link ImportUploads}. */
@ApplicationScoped
@Transactional
public class ImportUploadRows {

    @PersistenceContext
    EntityManager em;

    void insert(ImportUploads.Upload upload) {
        em.createNativeQuery("INSERT INTO import_upload (id, owner, file_name, size_bytes, sha256, uploaded_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, upload.id()).setParameter(2, upload.owner()).setParameter(3, upload.fileName())
                .setParameter(4, upload.size()).setParameter(5, upload.sha256())
                .setParameter(6, Timestamp.from(upload.uploadedAt())).executeUpdate();
    }

    /** The upload with its file in {@code folder}. */
    Optional<ImportUploads.Upload> find(String id, Path folder) {
        List<?> rows = em.createNativeQuery("SELECT id, owner, file_name, size_bytes, sha256, uploaded_at FROM import_upload "
                + "WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new ImportUploads.Upload((String) c[0], (String) c[1],
                (String) c[2], folder.resolve(c[0] + ImportUploads.SUFFIX), ((Number) c[3]).longValue(), ((String) c[4]).strip(),
                ((Timestamp) c[5]).toInstant())).findFirst();
    }

    void delete(String id) {
        em.createNativeQuery("DELETE FROM import_upload WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** The ids of the uploads older than {@code limit}, deleted. */
    @SuppressWarnings("unchecked")
    List<String> deleteUploadedBefore(Instant limit) {
        return em.createNativeQuery("DELETE FROM import_upload WHERE uploaded_at < ?1 RETURNING id")
                .setParameter(1, Timestamp.from(limit)).getResultList();
    }
}

package org.mizan.imports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.mizan.imports.control.ImportBatches;
import org.mizan.imports.control.ImportRollback;
import org.mizan.imports.entity.ImportBatch;
import org.mizan.imports.entity.ImportBatchState;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Forbidden;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The import batches page ({@code /imports/batches.xhtml}), newest first, for investigators and administrators; an
 * administrator rolls back a whole batch. A refusal (built on since, rolled back already, gone) is a message on
 * the page.
 */
@Named
@ViewScoped
public class ImportBatchesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FormChange ROLLBACK = new FormChange("importPage.forbidden", "importPage.batches.gone");
    /** In UTC, like every time Mizan shows. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    ImportBatches batches;
    @Inject
    ImportRollback rollback;
    @Inject
    CurrentUser currentUser;
    @Inject
    SecurityContext security;

    private transient List<ImportBatch> shown;

    public List<ImportBatch> getBatches() {
        if (shown == null) {
            shown = batches.recent();
        }
        return shown;
    }

    public void rollBack(long id) {
        boolean done = ROLLBACK.run("batches", () -> {
            // The page is open to investigators too; the rollback itself is for administrators only.
            if (!isAdmin()) {
                throw new Forbidden("only administrators roll back import batches");
            }
            rollback.rollback(id, currentUser.actor());
        });
        if (done) {
            PageMessages.info("importPage.batches.rolledBack", id);
        }
        shown = null;
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN.name());
    }

    public boolean mayRollBack(ImportBatch batch) {
        return isAdmin() && batch.state() == ImportBatchState.IMPORTED;
    }

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}

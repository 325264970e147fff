package org.mizan.cases.boundary;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.ViolationCase;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The case as it was loaded or last saved: what the page's header says, and the version a save builds on. */
public final class RecordedCase implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String reference;
    private final long version;
    private final CaseStatus status;
    private final boolean restricted;
    private final String createdBy;
    private final String createdAt;
    private final String updatedBy;
    private final String updatedAt;

    private RecordedCase(ViolationCase c, boolean staffDetails, UnaryOperator<String> shownNames) {
        reference = c.getReference();
        version = c.getVersion();
        status = c.getStatus();
        restricted = c.isRestricted();
        createdBy = staffDetails ? shownNames.apply(c.getCreatedBy()) : null;
        createdAt = CaseTimestamps.format(c.getCreatedAt());
        updatedBy = staffDetails ? shownNames.apply(c.getUpdatedBy()) : null;
        updatedAt = CaseTimestamps.format(c.getUpdatedAt());
    }

    /** {@code staffDetails}: whether the reader may see who recorded and last changed the case. */
    static RecordedCase of(ViolationCase c, boolean staffDetails, UnaryOperator<String> shownNames) {
        return new RecordedCase(c, staffDetails, shownNames);
    }

    long version() {
        return version;
    }

    /** The statuses the case may be saved with: where it is, and where it may go from there. */
    List<CaseStatus> statusChoices() {
        Set<CaseStatus> allowed = EnumSet.of(status);
        allowed.addAll(status.next());
        return List.copyOf(allowed);
    }

    public String getReference() {
        return reference;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }
}

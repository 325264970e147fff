package org.mizan.reports.boundary;

import jakarta.ws.rs.QueryParam;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseFilters;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.platform.control.Enums;
import org.mizan.platform.control.InvalidInput;
import org.mizan.reports.entity.Audience;

/**
 * An export's filter query parameters, read by {@link CaseFilters} as the case list reads them, and the reading of its
 * audience parameter (declared on the resource methods, where the OpenAPI document has it as a parameter of its own).
 */
public class ExportParameters {

    @QueryParam("type")
    String type;
    @QueryParam("governorate")
    String governorate;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("status")
    String status;
    @QueryParam("victimOccupation")
    String victimOccupation;
    @QueryParam("perpetratorKind")
    String perpetratorKind;
    @QueryParam("evidenceStatus")
    String evidenceStatus;
    @QueryParam("q")
    String text;

    CaseFilter filter(ReferenceCodes codes) {
        return CaseFilters.of(codes, type, governorate, from, to, status, victimOccupation, perpetratorKind, evidenceStatus, text);
    }

    /** The audience parameter, required: an export for no one in particular would have to guess how much to show. */
    static Audience audience(String value) {
        Audience parsed = Enums.parse(Audience.class, "audience", value);
        if (parsed == null) {
            throw new InvalidInput("audience", "validation.required");
        }
        return parsed;
    }
}

package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.cases.control.ReferenceData;
import org.mizan.security.entity.Role;

import java.util.List;

/** Reference data with labels in English, Arabic and Kurdish, for clients that build forms. */
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class ReferenceResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Path("governorates")
    public List<ReferenceData.Label> governorates() {
        return List.copyOf(referenceData.governorates().values());
    }

    @GET
    @Path("violation-types")
    public List<ReferenceData.Label> violationTypes() {
        return List.copyOf(referenceData.violationTypes().values());
    }
}

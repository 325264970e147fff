package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mizan.cases.control.CaseDisclosure;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseFilters;
import org.mizan.cases.control.CaseSearch;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.control.CaseSort;
import org.mizan.cases.control.CaseSummary;
import org.mizan.cases.control.CaseWithdrawals;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.cases.control.ResultPage;
import org.mizan.cases.control.RevisionView;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.boundary.Unreadable;
import org.mizan.platform.control.Enums;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * Cases over REST. Investigators create them and the investigators on a case's team change it; lawyers,
 * advocates and administrators read them. A restricted case outside the caller's team answers 404, exactly like a missing one.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class CaseResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    CaseService cases;
    @Inject
    CaseSearch search;
    @Inject
    CurrentUser currentUser;
    @Inject
    CaseDisclosure disclosure;
    @Inject
    ReferenceCodes codes;
    @Inject
    CaseWithdrawals withdrawals;

    @GET
    public ResultPage<CaseSummary> list(@QueryParam("type") String type, @QueryParam("governorate") String governorate,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("status") String status, @QueryParam("victimOccupation") String occupation,
                                        @QueryParam("perpetratorKind") String perpetratorKind,
                                        @QueryParam("evidenceStatus") String evidenceStatus, @QueryParam("q") String text,
                                        @QueryParam("locality") String locality,
                                        @QueryParam("sort") String sort, @QueryParam("order") @DefaultValue("desc") String order,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new InvalidInput("page", "validation.notNegative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "validation.range", 1, MAX_PAGE_SIZE);
        }
        CaseFilter filter = CaseFilters.of(codes, type, governorate, from, to, status, occupation, perpetratorKind, evidenceStatus, text,
                locality);
        return search.list(filter, Enums.parse(CaseSort.class, "sort", sort), !"asc".equalsIgnoreCase(order), page, size,
                currentUser.reader(), currentUser.actor());
    }

    /** Known localities containing what was typed, or sharing its keys, of the cases the caller may see. */
    @GET
    @Path("localities")
    public List<String> localities(@QueryParam("q") String typed) {
        return search.localities(typed, currentUser.reader());
    }

    /** The withdrawn cases, who withdrew them, when and why: for administrators only, since everyone else never sees them. */
    @GET
    @Path("withdrawn")
    @RolesAllowed(Role.Names.ADMIN)
    public List<WithdrawalJson.WithdrawalView> withdrawn() {
        return withdrawals.withdrawn(currentUser.reader()).stream()
                .map(c -> WithdrawalJson.WithdrawalView.of(c.getReference(), c.getWithdrawal().orElseThrow())).toList();
    }

    @POST
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CaseJson.CaseInput input, @HeaderParam("Idempotency-Key") String requestKey, @Context UriInfo uri) {
        CaseService.Creation creation = cases.create(draft(InvalidInput.requireBody(input)), currentUser.actor(), currentUser.reader(),
                requestKey);
        ViolationCase created = creation.recorded();
        Response.ResponseBuilder reply = Response.created(uri.getAbsolutePathBuilder().path(created.getReference()).build())
                .tag(etag(created)).entity(view(created));
        return (creation.replayed() ? reply.header("Idempotent-Replayed", "true") : reply).build();
    }

    @GET
    @Path("{reference}")
    public Response read(@PathParam("reference") String reference) {
        ViolationCase found = cases.read(reference, currentUser.reader(), currentUser.actor());
        return Response.ok(view(found)).tag(etag(found)).build();
    }

    @PUT
    @Path("{reference}")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseJson.CaseInput input) {
        CaseJson.CaseInput given = InvalidInput.requireBody(input);
        long version = ExpectedVersion.of(ifMatch, given.version());
        ViolationCase updated = cases.update(reference, draft(given), version, currentUser.actor(), currentUser.reader());
        return Response.ok(view(updated)).tag(etag(updated)).build();
    }

    @GET
    @Path("{reference}/history")
    public List<RevisionView> history(@PathParam("reference") String reference) {
        return cases.history(reference, currentUser.reader()).stream().map(RevisionView::of).toList();
    }

    /** The case the client sent; every element that is wrong, unreadable or against the rules, named in one answer. */
    private CaseDraft draft(CaseJson.CaseInput input) {
        Unreadable unreadable = new Unreadable();
        CaseDraft draft = codes.inCodes(input.toDraft(unreadable));
        unreadable.throwIfAny(() -> cases.check(draft));
        return draft;
    }

    /** The case as the caller may read it: all of it for the team, the UN edition for an advocate. */
    private CaseJson.CaseView view(ViolationCase c) {
        return CaseJson.CaseView.of(c, disclosure.disclose(c, currentUser.reader()));
    }

    static EntityTag etag(ViolationCase c) {
        return new EntityTag(Long.toString(c.getVersion()));
    }

}

package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.mizan.cases.control.PersonDuplicates;
import org.mizan.cases.control.PersonRelatives;
import org.mizan.cases.control.PersonSearch;
import org.mizan.cases.control.PersonService;
import org.mizan.cases.control.PersonWithdrawals;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.cases.control.RevisionView;
import org.mizan.cases.entity.Kinship;
import org.mizan.cases.entity.Person;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.control.Enums;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

import java.util.List;

/** Persons over REST: victims, alleged perpetrators (people, units, armed groups) and witnesses. */
@Path("persons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE, Role.Names.ADMIN})
public class PersonResource {

    @Inject
    PersonService persons;
    @Inject
    PersonSearch search;
    @Inject
    CurrentUser currentUser;
    @Inject
    PersonDuplicates duplicates;
    @Inject
    PersonRelatives relatives;
    @Inject
    ReferenceCodes codes;
    @Inject
    PersonWithdrawals withdrawals;
    @Inject
    org.mizan.cases.control.CaseDisclosure disclosure;

    @GET
    public List<PersonJson.PersonMatch> find(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("20") int limit) {
        if (query == null || query.isBlank()) {
            throw new InvalidInput("q", "validation.required");
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidInput("limit", "validation.range", 1, 100);
        }
        boolean staffDetails = !disclosure.redacts(currentUser.reader());
        return search.rows(query, currentUser.reader(), limit).stream()
                .map(m -> new PersonJson.PersonMatch(PersonJson.PersonView.of(m.person(), staffDetails), m.score(), m.spelling()))
                .toList();
    }

    @POST
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PersonJson.PersonInput input, @Context UriInfo uri) {
        Person created = persons.create(InvalidInput.requireBody(input).toDraft(codes), currentUser.actor(), currentUser.reader());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .tag(new EntityTag(Long.toString(created.getVersion()))).entity(PersonJson.PersonView.of(created)).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        Person found = persons.visible(id, currentUser.reader());
        return Response.ok(view(found)).tag(new EntityTag(Long.toString(found.getVersion()))).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PersonJson.PersonInput input) {
        PersonJson.PersonInput given = InvalidInput.requireBody(input);
        Person updated = persons.update(id, given.toDraft(codes), ExpectedVersion.of(ifMatch, given.version()),
                currentUser.actor(), currentUser.reader());
        return Response.ok(PersonJson.PersonView.of(updated)).tag(new EntityTag(Long.toString(updated.getVersion()))).build();
    }

    @POST
    @Path("duplicates")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PersonJson.DuplicateView> duplicatesOf(PersonJson.PersonInput input) {
        return views(duplicates.candidates(InvalidInput.requireBody(input).toDraft(codes), null, currentUser.reader()));
    }

    @GET
    @Path("{id}/duplicates")
    public List<PersonJson.DuplicateView> duplicatesOf(@PathParam("id") long id) {
        Person person = persons.visible(id, currentUser.reader());
        return views(duplicates.candidates(new org.mizan.cases.control.PersonDraft(person.getKind(), person.getNameArabic(),
                person.getNameLatin(), person.getAliases(), person.getGender(), person.getBirthYear(), person.getOccupations(),
                person.getAffiliation(), person.getGovernorate()), id, currentUser.reader()));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonJson.PersonView merge(@PathParam("id") long id, PersonJson.MergeInput input) {
        PersonJson.MergeInput given = InvalidInput.requireBody(input);
        if (given.into() == null) {
            throw new InvalidInput("into", "validation.required");
        }
        return PersonJson.PersonView.of(duplicates.merge(id, given.into(), ExpectedVersion.of(null, given.version()),
                currentUser.actor(), currentUser.reader()));
    }

    /** The lead of every case naming the person, or an administrator, withdraws a person entered by mistake: no one else leads. */
    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public WithdrawalJson.WithdrawalView withdraw(@PathParam("id") long id, WithdrawalJson.WithdrawalInput input) {
        WithdrawalJson.WithdrawalInput given = InvalidInput.requireBody(input);
        return WithdrawalJson.WithdrawalView.of(Long.toString(id),
                withdrawals.withdraw(id, given.reason(), currentUser.actor(), currentUser.reader()));
    }

    private List<PersonJson.DuplicateView> views(List<PersonDuplicates.Candidate> candidates) {
        return candidates.stream().map(c -> new PersonJson.DuplicateView(view(c.person()), c.score(), c.reasons())).toList();
    }

    /** The person without the team's usernames for a reader who reads cases redacted. */
    private PersonJson.PersonView view(Person person) {
        return PersonJson.PersonView.of(person, !disclosure.redacts(currentUser.reader()));
    }

    @GET
    @Path("{id}/relatives")
    public List<PersonJson.RelativeView> relatives(@PathParam("id") long id) {
        return relatives.of(id, currentUser.reader()).stream()
                .map(r -> new PersonJson.RelativeView(r.kinship().name(), PersonJson.PersonView.of(r.person()))).toList();
    }

    @PUT
    @Path("{id}/relatives/{relativeId}")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PersonJson.RelativeView> relate(@PathParam("id") long id, @PathParam("relativeId") long relativeId,
                                                PersonJson.KinshipInput input) {
        PersonJson.KinshipInput given = InvalidInput.requireBody(input);
        relatives.link(id, relativeId, Enums.parse(Kinship.class, "kinship", given.kinship()), currentUser.actor(), currentUser.reader());
        return relatives(id);
    }

    @DELETE
    @Path("{id}/relatives/{relativeId}")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    public Response unrelate(@PathParam("id") long id, @PathParam("relativeId") long relativeId) {
        relatives.unlink(id, relativeId, currentUser.actor(), currentUser.reader());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    public List<RevisionView> history(@PathParam("id") long id) {
        return persons.history(id, currentUser.reader()).stream().map(RevisionView::of).toList();
    }
}

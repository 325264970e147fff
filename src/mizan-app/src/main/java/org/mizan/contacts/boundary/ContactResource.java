package org.mizan.contacts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.cases.boundary.CaseReaders;
import org.mizan.contacts.control.CommunicationLog;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.contacts.control.ContactService;
import org.mizan.contacts.control.ContactViews;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.entity.Role;

import java.util.List;

/**
 * One contact over REST, for the investigators and lawyers assigned to its case (404 for anyone
 * else: its existence is not confirmed). Answers are masked; only a reveal, which is audited with its
 * reason, shows the details. Reveals are POSTs so that nothing about them lands in a URL or a cache.
 */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.LAWYER})
public class ContactResource {

    @Inject
    ContactService contacts;
    @Inject
    ConsentRegister consents;
    @Inject
    CommunicationLog log;
    @Inject
    CaseReaders readers;

    @GET
    @Path("{id}")
    @Operation(summary = "One contact, masked, with the current state of its three consents")
    public Response contact(@PathParam("id") long id) {
        ContactViews.Card card = contacts.card(id, readers.reader(), readers.actor());
        return Response.ok(ContactJson.ContactView.of(card)).tag(ContactJson.etag(card.contact())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a contact's details", description = "Every field, in clear (read them with a reveal first; "
            + "a value sent back masked is refused). Needs the version read, as If-Match or 'version': 409 when stale.")
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ContactJson.ContactInput input) {
        if (input == null) {
            throw new InvalidInput("body", "validation.required");
        }
        long version = ExpectedVersion.of(ifMatch, input.version());
        ContactViews.Card card = contacts.update(id, input.toDraft(), version, readers.reader(), readers.actor());
        return Response.ok(ContactJson.ContactView.of(card)).tag(ContactJson.etag(card.contact())).build();
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show a contact in clear", description = "Writes who, when and why to the audit trail. 'reason' is "
            + "required for HIGH and RELOCATED contacts. Returns the details, every consent decision with who gave it, and the "
            + "communication log.")
    public ContactJson.RevealedView reveal(@PathParam("id") long id, ContactJson.RevealInput input) {
        ContactViews.Revealed revealed = contacts.reveal(id, input == null ? null : input.reason(), readers.reader(), readers.actor());
        return ContactJson.RevealedView.of(revealed);
    }

    @GET
    @Path("{id}/consents")
    @Operation(summary = "Every consent decision of a contact, oldest first (who gave it masked)")
    public List<ContactJson.ConsentView> consents(@PathParam("id") long id) {
        return consents.history(id, readers.reader(), readers.actor()).stream().map(ContactJson.ConsentView::of).toList();
    }

    @POST
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a consent given or withdrawn", description = "consent TO_BE_CONTACTED|UN_SUBMISSION|"
            + "PUBLIC_NAMING, decision GIVEN|WITHDRAWN, decidedOn (not in the future), method VERBAL|WRITTEN, givenBy. The latest "
            + "decision of each kind is the state.")
    public Response decide(@PathParam("id") long id, ContactJson.ConsentInput input) {
        if (input == null) {
            throw new InvalidInput("body", "validation.required");
        }
        ContactViews.Consent consent = consents.decide(id, input.toDraft(), readers.reader(), readers.actor());
        return Response.status(Response.Status.CREATED).entity(ContactJson.ConsentView.of(consent)).build();
    }

    @GET
    @Path("{id}/communications")
    @Operation(summary = "The communication log of a contact, newest first (who spoke and what was said masked)")
    public List<ContactJson.CommunicationView> communications(@PathParam("id") long id) {
        return log.entries(id, readers.reader(), readers.actor()).stream().map(ContactJson.CommunicationView::of).toList();
    }

    @POST
    @Path("{id}/communications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a conversation", description = "occurredOn, channel, participants (who spoke), summary, "
            + "followUpNeeded, followUpBy.")
    public Response logConversation(@PathParam("id") long id, ContactJson.CommunicationInput input) {
        if (input == null) {
            throw new InvalidInput("body", "validation.required");
        }
        ContactViews.Conversation entry = log.log(id, input.toDraft(), readers.reader(), readers.actor());
        return Response.status(Response.Status.CREATED).entity(ContactJson.CommunicationView.of(entry)).build();
    }
}

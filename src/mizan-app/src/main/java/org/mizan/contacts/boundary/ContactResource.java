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
import org.mizan.contacts.control.CommunicationLog;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.contacts.control.ContactService;
import org.mizan.contacts.control.ContactViews;
import org.mizan.platform.boundary.ExpectedVersion;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
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
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    public Response contact(@PathParam("id") long id) {
        ContactViews.Card card = contacts.card(id, currentUser.reader(), currentUser.actor());
        return Response.ok(ContactJson.ContactView.of(card)).tag(ContactJson.etag(card.contact())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.INVESTIGATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ContactJson.ContactInput input) {
        InvalidInput.requireBody(input);
        long version = ExpectedVersion.of(ifMatch, input.version());
        ContactViews.Card card = contacts.update(id, input.toDraft(), version, currentUser.reader(), currentUser.actor());
        return Response.ok(ContactJson.ContactView.of(card)).tag(ContactJson.etag(card.contact())).build();
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactJson.RevealedView reveal(@PathParam("id") long id, ContactJson.RevealInput input) {
        ContactViews.Revealed revealed = contacts.reveal(id, input == null ? null : input.reason(), currentUser.reader(), currentUser.actor());
        return ContactJson.RevealedView.of(revealed);
    }

    @GET
    @Path("{id}/consents")
    public List<ContactJson.ConsentView> consents(@PathParam("id") long id) {
        return consents.history(id, currentUser.reader(), currentUser.actor()).stream().map(ContactJson.ConsentView::of).toList();
    }

    @POST
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") long id, ContactJson.ConsentInput input) {
        InvalidInput.requireBody(input);
        ContactViews.Consent consent = consents.decide(id, input.toDraft(), currentUser.reader(), currentUser.actor());
        return Response.status(Response.Status.CREATED).entity(ContactJson.ConsentView.of(consent)).build();
    }

    @GET
    @Path("{id}/communications")
    public List<ContactJson.CommunicationView> communications(@PathParam("id") long id) {
        return log.entries(id, currentUser.reader(), currentUser.actor()).stream().map(ContactJson.CommunicationView::of).toList();
    }

    @POST
    @Path("{id}/communications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logConversation(@PathParam("id") long id, ContactJson.CommunicationInput input) {
        InvalidInput.requireBody(input);
        ContactViews.Conversation entry = log.log(id, input.toDraft(), currentUser.reader(), currentUser.actor());
        return Response.status(Response.Status.CREATED).entity(ContactJson.CommunicationView.of(entry)).build();
    }
}

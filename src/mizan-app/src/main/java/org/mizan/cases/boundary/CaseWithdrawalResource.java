package org.mizan.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mizan.cases.control.CaseWithdrawals;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.entity.Role;

/**
 * The lead or an administrator withdraws a case entered by mistake, with a reason. A POST of its own rather than a
 * DELETE of the case: nothing is deleted, and a reason travels in a body, which a DELETE need not carry through proxies.
 */
@Path("{cases: cases}/{reference}/withdrawal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.ADMIN})
public class CaseWithdrawalResource {

    @Inject
    CaseWithdrawals withdrawals;
    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public WithdrawalJson.WithdrawalView withdraw(@PathParam("reference") String reference, WithdrawalJson.WithdrawalInput input) {
        WithdrawalJson.WithdrawalInput given = InvalidInput.requireBody(input);
        ViolationCase withdrawn = withdrawals.withdraw(reference, given.reason(), currentUser.actor(), currentUser.reader());
        return WithdrawalJson.WithdrawalView.of(withdrawn.getReference(), withdrawn.getWithdrawal().orElseThrow());
    }
}

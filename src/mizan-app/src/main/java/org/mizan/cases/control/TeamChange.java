package org.mizan.cases.control;

import org.mizan.cases.entity.Confidentiality;

import java.util.List;

/**
 * A lead's or administrator's change to a case's team: the whole team as it should be (the lead always in it),
 * the confidentiality ({@code null}: as it is) and why — a change without a reason is refused.
 */
public record TeamChange(List<String> members, Confidentiality confidentiality, String reason) {
}

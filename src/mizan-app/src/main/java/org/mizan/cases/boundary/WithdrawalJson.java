package org.mizan.cases.boundary;

import org.mizan.cases.entity.Withdrawal;

import java.time.Instant;

/** The wire forms of a withdrawal: the reason asked for, and who took what back, when and why. */
public final class WithdrawalJson {

    private WithdrawalJson() {
    }

    public record WithdrawalInput(String reason) {
    }

    /** {@code subject} is a case's reference or a person's id, as the path named it. */
    public record WithdrawalView(String subject, Instant withdrawnAt, String withdrawnBy, String reason) {
        static WithdrawalView of(String subject, Withdrawal withdrawal) {
            return new WithdrawalView(subject, withdrawal.getAt(), withdrawal.getBy(), withdrawal.getReason());
        }
    }
}

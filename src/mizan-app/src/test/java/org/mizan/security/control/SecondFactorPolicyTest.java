package org.mizan.security.control;

import org.junit.jupiter.api.Test;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondFactorPolicyTest {

    private static AppUser holding(Role... roles) {
        return new AppUser("someone", "Someone", "hash", Set.of(roles), Instant.EPOCH);
    }

    @Test
    void byDefaultEveryoneWhoReachesPeoplesDataMustHaveOneAndAdvocatesAreOfferedIt() {
        SecondFactorPolicy policy = new SecondFactorPolicy(SecondFactorPolicy.DEFAULT_ROLES);
        assertTrue(policy.requires(holding(Role.ADMIN)));
        assertTrue(policy.requires(holding(Role.INVESTIGATOR)));
        assertTrue(policy.requires(holding(Role.LAWYER)));
        assertFalse(policy.requires(holding(Role.ADVOCATE)));
        assertTrue(policy.requires(holding(Role.ADVOCATE, Role.LAWYER)), "any one required role is enough");
    }

    @Test
    void theSettingListsRolesInAnyCaseOrNamesNobody() {
        assertEquals(EnumSet.of(Role.ADVOCATE, Role.ADMIN), SecondFactorPolicy.parse(" advocate , ADMIN,"));
        assertEquals(EnumSet.noneOf(Role.class), SecondFactorPolicy.parse("none"));
        assertFalse(new SecondFactorPolicy("NONE").requires(holding(Role.ADMIN)));
    }

    @Test
    void aMisspeltRoleStopsRatherThanRequiringLess() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecondFactorPolicy.parse("ADMIN,LAWER"));
        assertTrue(e.getMessage().contains("LAWER"), e.getMessage());
    }
}

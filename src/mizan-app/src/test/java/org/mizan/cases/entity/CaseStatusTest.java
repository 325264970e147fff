package org.mizan.cases.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mizan.cases.entity.CaseStatus.CLOSED;
import static org.mizan.cases.entity.CaseStatus.DOCUMENTED;
import static org.mizan.cases.entity.CaseStatus.INTAKE;
import static org.mizan.cases.entity.CaseStatus.REFERRED;
import static org.mizan.cases.entity.CaseStatus.VERIFIED;

class CaseStatusTest {

    @Test
    void theWayToAStatusTakesOnlyAllowedStepsAndTheFewest() {
        assertEquals(List.of(INTAKE, VERIFIED, DOCUMENTED), INTAKE.wayTo(DOCUMENTED));
        assertEquals(List.of(CLOSED, INTAKE, VERIFIED, DOCUMENTED, REFERRED), CLOSED.wayTo(REFERRED));
        assertEquals(List.of(REFERRED, CLOSED), REFERRED.wayTo(CLOSED));
        assertEquals(List.of(VERIFIED), VERIFIED.wayTo(VERIFIED));
    }

    @Test
    void everyStatusReachesEveryOther() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                List<CaseStatus> way = from.wayTo(to);
                assertEquals(from, way.get(0));
                assertEquals(to, way.get(way.size() - 1));
                for (int i = 1; i < way.size(); i++) {
                    assertEquals(true, way.get(i - 1).allows(way.get(i)), from + " → " + to + ": " + way);
                }
            }
        }
    }
}

package org.mizan.cases.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Person;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a person's history records of their occupations: the whole list, under the name older revisions used. */
class PersonSnapshotTest {

    @Test
    void theHistoryNamesEveryOccupationInOrder() {
        Person person = new Person("tester", Instant.EPOCH);
        person.setNameArabic("علي");
        assertNull(PersonService.snapshot(person).get("occupation"));
        person.setOccupations(List.of(Occupation.JOURNALIST));
        assertEquals("JOURNALIST", PersonService.snapshot(person).get("occupation"), "as a revision before V30 recorded it");
        person.setOccupations(List.of(Occupation.JOURNALIST, Occupation.PROTESTER));
        assertEquals("JOURNALIST, PROTESTER", PersonService.snapshot(person).get("occupation"));
        assertEquals(Occupation.JOURNALIST, person.getOccupation(), "the first is the primary occupation");
    }
}

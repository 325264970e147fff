package org.mizan.cases.boundary;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.ReferenceCodes;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Person;
import org.mizan.platform.control.InvalidInput;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's occupations on the wire: the list, and the single occupation older clients send. */
class PersonJsonTest {

    private static PersonDraft draft(String occupation, List<String> occupations) {
        return new PersonJson.PersonInput(null, "علي", null, null, null, null, occupation, occupations, null, null, null)
                .toDraft(codes());
    }

    /** No governorate is given, so the reference data behind the codes is never read. */
    private static ReferenceCodes codes() {
        return new ReferenceCodes();
    }

    @Test
    void theListIsReadInItsOrderEachCodeOnceInAnyCase() {
        assertEquals(List.of(Occupation.JOURNALIST, Occupation.PROTESTER),
                draft(null, List.of("journalist", "PROTESTER", "Journalist")).occupations());
    }

    @Test
    void theSingleOccupationOfOlderClientsIsAListOfOne() {
        assertEquals(List.of(Occupation.LAWYER), draft("LAWYER", null).occupations());
        assertEquals(List.of(), draft(null, null).occupations());
        assertEquals(List.of(), draft(null, List.of()).occupations());
    }

    @Test
    void bothAreAcceptedWhenTheyAgreeAndRefusedWhenTheyDoNot() {
        assertEquals(List.of(Occupation.JOURNALIST, Occupation.ACTIVIST), draft("JOURNALIST", List.of("JOURNALIST", "ACTIVIST")).occupations());
        InvalidInput conflict = assertThrows(InvalidInput.class, () -> draft("ACTIVIST", List.of("JOURNALIST", "ACTIVIST")));
        assertEquals("occupation", conflict.errors().get(0).field());
        assertEquals("person.occupation.conflict", conflict.errors().get(0).messageKey());
        assertEquals(List.of(Occupation.ACTIVIST), draft("ACTIVIST", List.of()).occupations(),
                "a generated client sends an empty list beside the single occupation it knows");
    }

    @Test
    void anUnknownCodeInTheListIsRefusedByItsField() {
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> draft(null, List.of("JOURNALIST", "ASTRONAUT")));
        assertEquals("occupations", unknown.errors().get(0).field());
        assertTrue(Arrays.stream(unknown.errors().get(0).arguments()).anyMatch(a -> String.valueOf(a).contains("JOURNALIST")),
                "the allowed codes are listed");
    }

    @Test
    void theViewGivesTheListAndItsFirstAsTheOccupation() throws ReflectiveOperationException {
        Person person = new Person("tester", Instant.EPOCH);
        // The id is the database's to give; a saved person has one.
        java.lang.reflect.Field id = Person.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(person, 7L);
        person.setNameArabic("علي");
        person.setOccupations(Arrays.asList(Occupation.MEDIC, null, Occupation.PROTESTER, Occupation.MEDIC));
        PersonJson.PersonView view = PersonJson.PersonView.of(person, false);
        assertEquals(List.of("MEDIC", "PROTESTER"), view.occupations());
        assertEquals("MEDIC", view.occupation());
        person.setOccupations(List.of());
        assertNull(PersonJson.PersonView.of(person, false).occupation());
    }
}

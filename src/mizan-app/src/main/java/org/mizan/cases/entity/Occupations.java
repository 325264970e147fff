package org.mizan.cases.entity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a person's list of occupations or roles ("a journalist who is also a protest organiser"), written once
 * for the REST API, the forms, the importer and the entity.
 */
public final class Occupations {

    /**
     * At most this many per person (V30 guards it too): enough for every role a case has shown, few enough that a list
     * still says what someone was targeted for.
     */
    public static final int MAX = 5;

    private Occupations() {
    }

    /** The occupations in their order, each once, without nulls; null reads as none. */
    public static List<Occupation> distinct(Collection<Occupation> occupations) {
        return occupations == null ? List.of() : occupations.stream().filter(Objects::nonNull).distinct().toList();
    }
}

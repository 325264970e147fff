package org.mizan.cases.boundary;

import org.mizan.cases.entity.PartyRole;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The person pickers of the case page, one a role: what each has chosen, and what was last typed and
 * suggested (the converter's memory).
 */
public final class PersonPicks implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REMEMBERED = 500;
    private String victim;
    private String perpetrator;
    private String witness;
    private final Map<Long, PersonOption> suggested = new LinkedHashMap<>();
    private String lastQuery;

    void typed(String query) {
        lastQuery = query;
    }

    /** What was last typed into a picker, once: a new person starts with it as their name. */
    String takeLastQuery() {
        String query = lastQuery;
        lastQuery = null;
        return query;
    }

    /** Remembers the suggested persons; the picker's values are their ids as text. */
    List<String> suggest(List<PersonOption> options) {
        if (suggested.size() > REMEMBERED) {
            suggested.clear();
        }
        List<String> keys = new ArrayList<>();
        for (PersonOption option : options) {
            suggested.put(option.getId(), option);
            keys.add(String.valueOf(option.getId()));
        }
        return keys;
    }

    /** The option behind a suggestion key, for the picker's columns. */
    public PersonOption option(String key) {
        try {
            return key == null ? null : suggested.get(Long.valueOf(key));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The person just picked for {@code role}, if any; every picker is empty again. */
    PersonOption take(PartyRole role) {
        String key = switch (role) {
            case VICTIM -> victim;
            case PERPETRATOR -> perpetrator;
            case WITNESS -> witness;
        };
        victim = null;
        perpetrator = null;
        witness = null;
        return option(key);
    }

    public String getVictim() {
        return victim;
    }

    public void setVictim(String key) {
        this.victim = key;
    }

    public String getPerpetrator() {
        return perpetrator;
    }

    public void setPerpetrator(String key) {
        this.perpetrator = key;
    }

    public String getWitness() {
        return witness;
    }

    public void setWitness(String key) {
        this.witness = key;
    }
}

package org.mizan.cases.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands in the documentation workflow. A new case starts at intake; it moves one step forward or back,
 * can be closed from anywhere, and a closed case can only be reopened to intake. The OpenAPI document lists the same
 * steps (in CaseStatus's description), and OpenApiContractTest keeps the two equal.
 */
public enum CaseStatus {
    INTAKE, VERIFIED, DOCUMENTED, REFERRED, CLOSED;

    public static final CaseStatus START = INTAKE;

    public Set<CaseStatus> next() {
        return switch (this) {
            case INTAKE -> EnumSet.of(VERIFIED, CLOSED);
            case VERIFIED -> EnumSet.of(INTAKE, DOCUMENTED, CLOSED);
            case DOCUMENTED -> EnumSet.of(VERIFIED, REFERRED, CLOSED);
            case REFERRED -> EnumSet.of(DOCUMENTED, CLOSED);
            case CLOSED -> EnumSet.of(INTAKE);
        };
    }

    public boolean allows(CaseStatus target) {
        return target == this || next().contains(target);
    }

    /**
     * The fewest steps from this status to {@code target}, both included, each one the workflow allows: what a refusal
     * of a jump tells the user to do instead. Every status can reach every other, so there always is one.
     */
    public List<CaseStatus> wayTo(CaseStatus target) {
        Map<CaseStatus, CaseStatus> cameFrom = new EnumMap<>(CaseStatus.class);
        Deque<CaseStatus> open = new ArrayDeque<>(List.of(this));
        cameFrom.put(this, this);
        while (!open.isEmpty() && !cameFrom.containsKey(target)) {
            CaseStatus at = open.removeFirst();
            for (CaseStatus step : at.next()) {
                if (cameFrom.putIfAbsent(step, at) == null) {
                    open.addLast(step);
                }
            }
        }
        List<CaseStatus> way = new ArrayList<>(List.of(target));
        for (CaseStatus at = target; at != this; at = cameFrom.get(at)) {
            way.add(cameFrom.get(at));
        }
        Collections.reverse(way);
        return way;
    }
}

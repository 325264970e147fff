package org.mizan.cases.entity;

/** How a relative is related to a person: "B is A's PARENT" is stored with its inverse, "A is B's CHILD". */
public enum Kinship {
    PARENT, CHILD, SIBLING, SPOUSE;

    /** The same link seen from the relative's side. */
    public Kinship inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case SIBLING, SPOUSE -> this;
        };
    }
}

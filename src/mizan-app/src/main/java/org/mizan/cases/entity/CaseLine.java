package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What the numbered lines of a case (its parties, its sources) share: their own id, the case they belong to
 * (the case writes them with itself and drops the ones it no longer lists), and their place in its list.
 */
@MappedSuperclass
public abstract class CaseLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private ViolationCase violationCase;
    @Column(nullable = false)
    private int position;

    protected CaseLine() {
    }

    protected CaseLine(ViolationCase violationCase, int position) {
        this.violationCase = violationCase;
        this.position = position;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
}

package org.mizan.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A suspect of a proceeding: one of the case's alleged perpetrators where known, else a description. */
@Entity
@Table(name = "proceeding_suspect")
public class Suspect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "proceeding_id")
    private Proceeding proceeding;
    @Column(nullable = false)
    private int position;
    @Column(name = "person_id")
    private Long personId;
    @Column(nullable = false)
    private String label;

    protected Suspect() {
    }

    Suspect(Proceeding proceeding, int position, Long personId, String label) {
        this.proceeding = proceeding;
        this.position = position;
        this.personId = personId;
        this.label = label;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public String getLabel() { return label; }
}

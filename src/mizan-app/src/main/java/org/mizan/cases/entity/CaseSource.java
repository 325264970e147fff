package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Where the information about a case comes from, graded A (completely reliable) to F (cannot be judged). */
@Entity
@Table(name = "case_source")
public class CaseSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private ViolationCase violationCase;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String reliability;
    private String url;

    protected CaseSource() {
    }

    public CaseSource(ViolationCase violationCase, int position, String description, String reliability, String url) {
        this.violationCase = violationCase;
        this.position = position;
        this.description = description;
        this.reliability = reliability;
        this.url = url;
    }

    public int getPosition() { return position; }
    public String getDescription() { return description; }
    public String getReliability() { return reliability; }
    public String getUrl() { return url; }

    @Override
    public String toString() {
        return "[" + reliability + "] " + description + (url == null ? "" : " <" + url + ">");
    }
}

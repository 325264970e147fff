package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where the information about a case comes from, graded A (completely reliable) to F (cannot be judged). */
@Entity
@Table(name = "case_source")
public class CaseSource extends CaseLine {

    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String reliability;
    private String url;

    protected CaseSource() {
    }

    public CaseSource(ViolationCase violationCase, int position, String description, String reliability, String url) {
        super(violationCase, position);
        this.description = description;
        this.reliability = reliability;
        this.url = url;
    }

    public String getDescription() { return description; }
    public String getReliability() { return reliability; }
    public String getUrl() { return url; }

    @Override
    public String toString() {
        return "[" + reliability + "] " + description + (url == null ? "" : " <" + url + ">");
    }
}

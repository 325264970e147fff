package org.mizan.cases.boundary;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.entity.CaseSource;
import org.mizan.platform.control.WebLinks;

import java.io.Serializable;
import java.util.UUID;

/** A source as typed. */
public final class CaseSourceRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String key = UUID.randomUUID().toString();
    private String description;
    private String reliability;
    private String url;

    private CaseSourceRow(String description, String reliability, String url) {
        this.description = description;
        this.reliability = reliability;
        this.url = url;
    }

    static CaseSourceRow of(CaseSource source) {
        return new CaseSourceRow(source.getDescription(), source.getReliability(), source.getUrl());
    }

    static CaseSourceRow blank() {
        return new CaseSourceRow(null, null, null);
    }

    boolean isBlank() {
        return (description == null || description.isBlank()) && reliability == null && (url == null || url.isBlank());
    }

    CaseDraft.SourceDraft toDraft() {
        return new CaseDraft.SourceDraft(description, reliability, url);
    }

    public String getKey() {
        return key;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getReliability() {
        return reliability;
    }

    public void setReliability(String reliability) {
        this.reliability = reliability;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Only a web address becomes a link; anything else recorded before addresses were checked shows as text. */
    public boolean isWebLink() {
        return url != null && WebLinks.isWebLink(url.strip());
    }
}

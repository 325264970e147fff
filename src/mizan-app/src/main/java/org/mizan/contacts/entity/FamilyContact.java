package org.mizan.contacts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.mizan.cases.entity.Recorded;

import java.time.Instant;

/**
 * A way to reach the family of a victim (or a survivor, or a witness). The personal fields are held
 * only as ciphertext ({@link Sealed}); the id comes from the sequence at persist time, because every
 * ciphertext is bound to its row.
 */
@Entity
@Table(name = "family_contact")
public class FamilyContact extends Recorded {

    @Id
    @SequenceGenerator(name = "family_contact_id", sequenceName = "family_contact_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_contact_id")
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "person_id", nullable = false)
    private long personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactReach reaches;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relationship relationship;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "safe_channel")
    private SafeChannel safeChannel;
    @Convert(converter = ContactLanguageColumn.class)
    private ContactLanguage language;
    @Column(name = "name_enc", nullable = false)
    private String nameSealed;
    @Column(name = "phones_enc")
    private String phonesSealed;
    @Column(name = "messengers_enc")
    private String messengersSealed;
    @Column(name = "address_enc")
    private String addressSealed;
    @Column(name = "protective_measures_enc")
    private String protectiveMeasuresSealed;
    @Column(name = "notes_enc")
    private String notesSealed;

    protected FamilyContact() {
    }

    public FamilyContact(long caseId, String createdBy, Instant at) {
        super(createdBy, at);
        this.caseId = caseId;
    }

    /** The ciphertext of each personal field, as stored. */
    public record Sealed(String name, String phones, String messengers, String address, String protectiveMeasures, String notes) {
    }

    public Sealed sealed() {
        return new Sealed(nameSealed, phonesSealed, messengersSealed, addressSealed, protectiveMeasuresSealed, notesSealed);
    }

    public void seal(Sealed sealed) {
        nameSealed = sealed.name();
        phonesSealed = sealed.phones();
        messengersSealed = sealed.messengers();
        addressSealed = sealed.address();
        protectiveMeasuresSealed = sealed.protectiveMeasures();
        notesSealed = sealed.notes();
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getPersonId() { return personId; }
    public void setPersonId(long personId) { this.personId = personId; }
    public ContactReach getReaches() { return reaches; }
    public void setReaches(ContactReach reaches) { this.reaches = reaches; }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public void setRiskLevel(RiskLevel riskLevel) { this.riskLevel = riskLevel; }
    public SafeChannel getSafeChannel() { return safeChannel; }
    public void setSafeChannel(SafeChannel safeChannel) { this.safeChannel = safeChannel; }
    public ContactLanguage getLanguage() { return language; }
    public void setLanguage(ContactLanguage language) { this.language = language; }
}

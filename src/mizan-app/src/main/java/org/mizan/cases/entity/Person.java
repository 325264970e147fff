package org.mizan.cases.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Someone who appears in cases — or a unit or armed group named as perpetrator. */
@Entity
@Table(name = "person")
public class Person extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonKind kind = PersonKind.INDIVIDUAL;
    @Column(name = "name_ar")
    private String nameArabic;
    @Column(name = "name_latin")
    private String nameLatin;
    // Only a person's own page, its search spellings and merges read the aliases; a list of persons reads them at once.
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias")
    private List<String> aliases = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "birth_year")
    private Integer birthYear;
    @Enumerated(EnumType.STRING)
    private Occupation occupation;
    private String affiliation;
    @Column(name = "governorate_code")
    private String governorate;
    @Column(name = "merged_into")
    private Long mergedInto;
    @Embedded
    private Withdrawal withdrawal;

    protected Person() {
    }

    public Person(String createdBy, Instant now) {
        super(createdBy, now);
    }


    /** The name to show: Arabic script first, as the families write it. */
    public String displayName() {
        return nameArabic != null ? nameArabic : nameLatin;
    }

    public Long getId() { return id; }
    public PersonKind getKind() { return kind; }
    public void setKind(PersonKind kind) { this.kind = kind; }
    public String getNameArabic() { return nameArabic; }
    public void setNameArabic(String nameArabic) { this.nameArabic = nameArabic; }
    public String getNameLatin() { return nameLatin; }
    public void setNameLatin(String nameLatin) { this.nameLatin = nameLatin; }
    public List<String> getAliases() { return List.copyOf(aliases); }
    public void setAliases(List<String> aliases) { this.aliases.clear(); this.aliases.addAll(aliases); }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public Occupation getOccupation() { return occupation; }
    public void setOccupation(Occupation occupation) { this.occupation = occupation; }
    public String getAffiliation() { return affiliation; }
    public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
    public String getGovernorate() { return governorate; }
    public void setGovernorate(String governorate) { this.governorate = governorate; }
    public Long getMergedInto() { return mergedInto; }
    /** Empty while the person is live. */
    public java.util.Optional<Withdrawal> getWithdrawal() {
        return Withdrawal.recorded(withdrawal);
    }
    public void withdraw(Withdrawal withdrawal) { this.withdrawal = withdrawal; }
    public void mergeInto(Long survivor) { this.mergedInto = survivor; }
}

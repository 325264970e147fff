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
import jakarta.persistence.OrderColumn;
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
    // The first of the occupations, kept in person.occupation for what reads one occupation (V30); written only with them.
    @Enumerated(EnumType.STRING)
    private Occupation occupation;
    // A page of persons reads every one's occupations in one statement, as it does their aliases (StatementCountIT).
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "person_occupation", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "occupation")
    private List<Occupation> occupations = new ArrayList<>();
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
    /** The first occupation (the primary one), or null when none is recorded. */
    public Occupation getOccupation() { return occupation; }
    /** The occupations or roles, primary first, each once. */
    public List<Occupation> getOccupations() { return List.copyOf(occupations); }
    /** Replaces the occupations: nulls and repeats dropped, the first kept as the primary occupation. */
    public void setOccupations(List<Occupation> occupations) {
        this.occupations.clear();
        this.occupations.addAll(Occupations.distinct(occupations));
        this.occupation = this.occupations.isEmpty() ? null : this.occupations.get(0);
    }
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

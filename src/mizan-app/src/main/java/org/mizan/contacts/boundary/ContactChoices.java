package org.mizan.contacts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;
import org.mizan.contacts.entity.ContactLanguage;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.RiskLevel;
import org.mizan.contacts.entity.SafeChannel;

import java.util.List;

/** The values of the contact forms' menus; the page labels each through the bundles ({@code contacts.<kind>.<VALUE>}). */
@Named
@ApplicationScoped
public class ContactChoices {

    public List<ContactReach> getReaches() { return List.of(ContactReach.values()); }
    public List<Relationship> getRelationships() { return List.of(Relationship.values()); }
    public List<RiskLevel> getRiskLevels() { return List.of(RiskLevel.values()); }
    public List<SafeChannel> getChannels() { return List.of(SafeChannel.values()); }
    public List<ContactLanguage> getLanguages() { return List.of(ContactLanguage.values()); }
    public List<ConsentKind> getConsentKinds() { return List.of(ConsentKind.values()); }
    public List<ConsentDecision> getDecisions() { return List.of(ConsentDecision.values()); }
    public List<ConsentMethod> getMethods() { return List.of(ConsentMethod.values()); }
}

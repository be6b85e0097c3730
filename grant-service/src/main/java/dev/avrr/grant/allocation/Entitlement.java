package dev.avrr.grant.allocation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;

/**
 * What one beneficiary of a case is entitled to, under the programme version it was allocated from. Its money
 * is in the ledger; every change of it takes this row's lock and moves its version (the ETag).
 */
@Entity
@Table(name = "entitlement")
public class Entitlement implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The household member's id from case-service's events. */
    @Column(name = "beneficiary_id", nullable = false)
    public UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HouseholdRelation relation;

    /** The age on the allocating event's day; null once the people of the case were erased (the minor flag stays). */
    @Column(name = "age_at_allocation")
    public Integer ageAtAllocation;

    @Column(nullable = false)
    public boolean minor;

    /**
     * Protected at rest: it says whether the person is a victim of trafficking, a child alone or ill. Kept as
     * protected text, not as an enum column, so that no check constraint lists the programmes. Erasure keeps it (the
     * reports count it), so it is sealed with the service's key, not the case's.
     */
    @Convert(converter = ProtectedCode.class)
    @Column(name = "programme", nullable = false)
    String programmeCode;

    public Programme programme() {
        return Programme.valueOf(programmeCode);
    }

    public void programme(Programme programme) {
        programmeCode = programme.name();
    }

    @Column(name = "programme_version", nullable = false)
    public int programmeVersion;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public String office;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column(name = "allocated_at", nullable = false)
    public OffsetDateTime allocatedAt;

    @Column(name = "allocated_on_event", nullable = false)
    public String allocatedOnEvent;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<EntitlementCategory> categories = new ArrayList<>();

    public Optional<EntitlementCategory> category(String code) {
        return categories.stream().filter(c -> c.code.equals(code)).findFirst();
    }

    public List<String> categoryCodes() {
        return categories.stream().map(c -> c.code).toList();
    }

    /** Marks a change of the entitlement's money, so that its ETag moves. */
    public void changed(OffsetDateTime at) {
        changedAt = at;
    }

    /** The case: erasure names it. Its only protected value, the programme, is a code erasure keeps. */
    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}

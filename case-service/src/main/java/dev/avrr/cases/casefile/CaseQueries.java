package dev.avrr.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.vocabulary.events.Programme;

/** Reads cases, each as the caller's audience sees it; every read is audited. */
@ApplicationScoped
public class CaseQueries {

    private static final Audience[] READERS = { Audience.CASEWORKER, Audience.UDI, Audience.MISSION };

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    AuditTrail audit;

    /** The filters of the case list; null means "any". */
    public record Filter(UUID referralId, CaseStatus status, Programme programme, String countryOfReturn,
            OffsetDateTime registeredFrom, OffsetDateTime registeredTo) {
    }

    /** A case as the caller sees it, and its version for the ETag. */
    public record Seen(Object view, long version) {
    }

    @Transactional
    public Seen read(UUID id) {
        CaseAccess.Access a = access.find(id, LockModeType.NONE, READERS);
        audit.success(AuditTrail.READ, CaseAccess.RESOURCE, id);
        return new Seen(view(a.c(), a.audience()), a.c().version);
    }

    @Transactional
    public List<CaseStepRecord> history(UUID id) {
        access.find(id, LockModeType.NONE, Audience.CASEWORKER);
        audit.success(AuditTrail.READ, CaseAccess.RESOURCE, id);
        return history.of(id);
    }

    @Transactional
    public Page<Object> list(Filter filter, PageRequest page) {
        Optional<SharingRule.Condition> scope = access.listScope();
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Where where = Where.within(scope.get())
                .and("c.referralId = :referralId", "referralId", filter.referralId())
                .and("c.status = :status", "status", filter.status())
                .and("c.programme = :programme", "programme", filter.programme())
                .and("c.countryOfReturn = :country", "country", filter.countryOfReturn())
                .and("c.registeredAt >= :from", "from", filter.registeredFrom())
                .and("c.registeredAt < :to", "to", filter.registeredTo());
        return page(where, page);
    }

    /**
     * The cases under {@code where} (which holds the caller's scope), newest first, a page of them each as the
     * caller's audience sees it; every case on the page is audited as read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<Object> page(Where where, PageRequest page) {
        Page<AvrrCase> found = PagedQuery.page(em, "c", "FROM AvrrCase c" + where.clause(),
                "ORDER BY c.registeredAt DESC, c.id", where.parameters(), page, AvrrCase.class);
        audit.successAll(AuditTrail.READ, CaseAccess.RESOURCE, found.items().stream().map(c -> c.id).toList());
        List<Object> views = found.items().stream().map(c -> view(c, access.audienceOf(c, READERS).orElseThrow()))
                .toList();
        return found.with(views);
    }


    static Object view(AvrrCase c, Audience audience) {
        return switch (audience) {
            case CASEWORKER -> CaseViews.forCaseworker(c);
            case UDI -> CaseViews.forUdi(c);
            case MISSION -> CaseViews.forMission(c);
            case DATA_PROTECTION, FINANCE, AUDITOR ->
                throw new IllegalArgumentException("No case view for " + audience);
        };
    }
}

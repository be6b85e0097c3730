package dev.avrr.cases.search;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another case of the office whose person a newly registered case's applicant may be, and what became of it. */
@Entity
@Table(name = "possible_duplicate")
@IdClass(PossibleDuplicate.Key.class)
public class PossibleDuplicate {

    /** What matched: an identifier, or the whole name with the date of birth. */
    @Schema(name = "PossibleDuplicateReason")
    public enum Reason {
        IDENTIFIER, NAME_AND_BIRTH
    }

    /** OPEN until the caseworker links the cases (the same person) or dismisses the match. */
    @Schema(name = "PossibleDuplicateStatus")
    public enum Status {
        OPEN, LINKED, DISMISSED
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "other_case_id")
    public UUID otherCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "found_at", nullable = false)
    public OffsetDateTime foundAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID caseId;
        public UUID otherCaseId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(otherCaseId, k.otherCaseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, otherCaseId);
        }
    }
}

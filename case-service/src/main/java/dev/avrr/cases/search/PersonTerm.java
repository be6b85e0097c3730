package dev.avrr.cases.search;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One keyed hash a member of a case's household is found by: never the term itself. */
@Entity
@Table(name = "person_term")
@IdClass(PersonTerm.Key.class)
public class PersonTerm {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Id
    @Column(name = "term", length = 32)
    public String term;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID caseId;
        public UUID memberId;
        public String term;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(memberId, k.memberId)
                    && Objects.equals(term, k.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, memberId, term);
        }
    }
}

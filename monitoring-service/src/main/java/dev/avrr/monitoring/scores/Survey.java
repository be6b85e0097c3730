package dev.avrr.monitoring.scores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;

/** A sustainability survey of a returnee: its answers (protected) and its scores with the weights it names. */
@Entity
@Table(name = "sustainability_survey")
public class Survey implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SurveyKind kind;

    @Column(name = "taken_on", nullable = false)
    public LocalDate takenOn;

    @Column(name = "weights_version", nullable = false)
    public Integer weightsVersion;

    @Convert(converter = AnswersColumn.class)
    @Column(nullable = false)
    public Map<String, Integer> answers;

    @Column(nullable = false)
    public BigDecimal economic;

    @Column(nullable = false)
    public BigDecimal social;

    @Column(nullable = false)
    public BigDecimal psychosocial;

    @Column(nullable = false)
    public BigDecimal composite;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_org")
    public String recordedByOrg;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public SustainabilityScoring.Scores scores() {
        return new SustainabilityScoring.Scores(economic, social, psychosocial, composite);
    }

    void scored(SustainabilityScoring.Scores scores) {
        economic = scores.economic();
        social = scores.social();
        psychosocial = scores.psychosocial();
        composite = scores.composite();
    }

    @Override
    public UUID protectionSubject() {
        return caseId;
    }
}

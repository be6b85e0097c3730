package dev.avrr.referral.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.platform.protection.ProtectedJson;
import dev.avrr.referral.coordinator.SignedApplication;
import dev.avrr.referral.coordinator.SignedApplicationInput;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.OtherVulnerability;
import dev.avrr.vocabulary.events.VulnerabilityCategory;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every protected JSON column of referral-service reads the values it stored before: a frozen value of version 1,
 * bare (as written before stored values carried their version) and enveloped, reads as the value it was, and a
 * value written reads back equal. An unknown property is an error in tests.
 */
@QuarkusTest
class StoredRecordsTest {

    private static <V> void frozen(ProtectedJson<V, ?> column, String versionOne, V expected) {
        assertEquals(expected, column.read(versionOne), "the bare version-1 value");
        assertEquals(expected, column.read("{\"version\":1,\"value\":" + versionOne + "}"), "version 1, enveloped");
        assertEquals(expected, column.read(column.write(expected)), "written and read back");
    }

    @Test
    void personDetails() {
        frozen(new PersonDetails.Column(), """
                {"languages":["am"],"contact":{"phone":"+47 900 00 000"},
                 "identifiers":[{"type":"DUF_NUMBER","value":"200205705502"}],
                 "household":[{"givenName":"Lillebror","familyName":"Fiktivsen","dateOfBirth":"2019-05-01",
                   "relation":"CHILD","sex":"MALE"}]}""",
                new PersonDetails(List.of("am"), new ReferralInput.Contact("+47 900 00 000", null, null),
                        List.of(new ReferralInput.Identifier(IdentifierType.DUF_NUMBER, "200205705502")),
                        List.of(new ReferralInput.HouseholdMember("Lillebror", "Fiktivsen", LocalDate.of(2019, 5, 1),
                                HouseholdRelation.CHILD, Sex.MALE))));
    }

    @Test
    void vulnerability() {
        frozen(new PersonDetails.VulnerabilityColumn(), """
                {"categories":["OTHER"],"otherSubtype":"VIOLENCE","referralReason":"Fictional reason",
                 "notes":"Fictional notes"}""",
                new ReferralInput.Vulnerability(List.of(VulnerabilityCategory.OTHER), OtherVulnerability.VIOLENCE, null,
                        "Fictional reason", "Fictional notes"));
    }

    @Test
    void signedApplicationAttachments() {
        String sha = "a".repeat(64);
        frozen(new SignedApplication.AttachmentsColumn(), """
                [{"documentType":"PASSPORT_COPY","fileName":"pass.pdf","mediaType":"application/pdf",
                  "sizeBytes":1024,"sha256":"%s"}]""".formatted(sha),
                List.of(new SignedApplicationInput.Attachment("PASSPORT_COPY", "pass.pdf", "application/pdf", 1024L,
                        sha)));
    }

    @Test
    void aStoredValueWithAPropertyItsRecordLacksIsRefusedInTests() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PersonDetails.VulnerabilityColumn().read("{\"categories\":[],\"reason\":\"renamed\"}"));
        assertTrue(e.getMessage().contains("VulnerabilityColumn"), e.getMessage());
    }
}

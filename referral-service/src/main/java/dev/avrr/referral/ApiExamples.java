package dev.avrr.referral;

/** Response examples of the OpenAPI document, one per kind of answer; the people in them are fictional. */
public final class ApiExamples {

    public static final String REFERRAL_FOR_RECEIVER = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "SUBMITTED",
              "jurisdiction": "NO",
              "referringOrg": "ngo-example",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-02T09:15:00Z",
              "version": 1,
              "person": {
                "givenName": "Testa", "familyName": "Fiktivsen", "dateOfBirth": "1990-01-01", "sex": "FEMALE",
                "nationality": "ET", "countryOfReturn": "ET", "languages": ["am"], "interpreterNeeded": true,
                "contact": { "phone": "+47 900 00 000" },
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502" } ],
                "household": [ { "givenName": "Lillebror", "familyName": "Fiktivsen", "dateOfBirth": "2019-05-01",
                                 "relation": "CHILD" } ]
              },
              "vulnerability": { "categories": ["MEDICAL_NEEDS"], "referralReason": "Needs continued treatment at home",
                                 "notes": "Prefers a female interpreter" }
            }""";

    public static final String REFERRAL_FOR_REFERRER = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "ACCEPTED",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-03T12:40:00Z",
              "version": 2
            }""";

    public static final String REFERRAL_PAGE = """
            {
              "items": [ { "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "status": "SUBMITTED", "jurisdiction": "NO",
                           "createdAt": "2026-03-02T09:15:00Z", "statusChangedAt": "2026-03-02T09:15:00Z", "version": 1 } ],
              "page": 0, "size": 20, "totalItems": 1
            }""";

    public static final String HISTORY = """
            [
              { "step": "REGISTERED", "label": "Nytt ärende", "status": "DRAFT", "at": "2026-03-02T09:15:00Z",
                "actorOrg": "socialtjansten-example" },
              { "step": "SUBMITTED", "label": "Hänvisning", "status": "AWAITING_COORDINATOR",
                "at": "2026-03-02T09:20:00Z", "actorOrg": "socialtjansten-example" },
              { "step": "APPROVED_BY_COORDINATOR", "label": "Meddelande", "status": "APPROVED_BY_COORDINATOR",
                "at": "2026-03-03T08:00:00Z", "actorOrg": "lansstyrelsen-stockholm" }
            ]""";

    public static final String CONSENT = """
            { "id": "0b1e8d5c-6a7f-4f2b-8c3d-9e0f1a2b3c4d", "purpose": "FEEDBACK_TO_REFERRER",
              "recipientOrg": "ngo-example", "standing": true, "givenAt": "2026-03-02T09:10:00Z", "language": "ti",
              "interpreterUsed": true, "recordedBy": "user-4711", "recordedByOrg": "ngo-example" }""";

    public static final String CONSENTS = "[" + CONSENT + "]";

    public static final String WITHDRAWN_CONSENTS = """
            [ { "id": "0b1e8d5c-6a7f-4f2b-8c3d-9e0f1a2b3c4d", "purpose": "FEEDBACK_TO_REFERRER",
                "recipientOrg": "ngo-example", "standing": false, "givenAt": "2026-03-02T09:10:00Z", "language": "ti",
                "interpreterUsed": true, "recordedBy": "user-4711", "recordedByOrg": "ngo-example",
                "withdrawnAt": "2026-04-01T10:00:00Z", "withdrawalLanguage": "ti", "withdrawalInterpreterUsed": true,
                "withdrawalRecordedBy": "user-4711", "withdrawalRecordedByOrg": "ngo-example" } ]""";

    public static final String SIGNED_APPLICATION = """
            { "referralId": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "signedOn": "2026-03-05", "language": "en",
              "attachments": [ { "documentType": "PASSPORT_COPY", "fileName": "passport-copy.pdf",
                                 "mediaType": "application/pdf", "sizeBytes": 182044,
                                 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" } ],
              "recordedAt": "2026-03-05T14:00:00Z", "recordedByOrg": "iom-helsinki" }""";

    public static final String TIMELINE = """
            { "referralId": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "feedback": "STANDING",
              "entries": [
                { "kind": "STATUS", "code": "ACCEPTED", "label": "Stöd", "status": "ACCEPTED",
                  "at": "2026-03-04T09:00:00Z", "byOrg": "iom-helsinki" },
                { "kind": "MILESTONE", "code": "CASE_OPENED", "label": "Case opened", "at": "2026-03-04T09:00:02Z" },
                { "kind": "MILESTONE", "code": "TRAVEL_BOOKED", "label": "Förberedelser inför och under hemresan",
                  "at": "2026-04-01T10:00:00Z" }
              ] }""";

    public static final String SUBSCRIPTION_WITH_SECRET = """
            { "org": "ngo-example", "url": "https://partner.example.org/avrr/hooks",
              "createdAt": "2026-03-01T08:00:00Z", "secretRotatedAt": "2026-03-01T08:00:00Z",
              "secret": "whsec_q0V8sX1n7cYx3Jk2Lm9Pz4Rt6Uw8Ye0Ab2Cd4Ef6Gh8" }""";

    public static final String SUBSCRIPTION = """
            { "org": "ngo-example", "url": "https://partner.example.org/avrr/hooks",
              "createdAt": "2026-03-01T08:00:00Z", "secretRotatedAt": "2026-03-01T08:00:00Z" }""";

    public static final String DELIVERIES = """
            { "items": [ { "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                           "referralId": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "kind": "MILESTONE",
                           "code": "CASE_OPENED", "status": "DELIVERED", "attempts": 2,
                           "createdAt": "2026-03-04T09:00:02Z", "deliveredAt": "2026-03-04T09:00:09Z",
                           "attemptLog": [ { "at": "2026-03-04T09:00:03Z", "statusCode": 503,
                                             "error": "the receiver answered 503", "durationMs": 41 },
                                           { "at": "2026-03-04T09:00:09Z", "statusCode": 200, "durationMs": 38 } ] } ],
              "page": 0, "size": 20, "totalItems": 1 }""";

    public static final String RESIDENT = """
            { "id": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d", "givenName": "Testo", "familyName": "Fiktivsen",
              "dateOfBirth": "2010-04-01", "sex": "MALE", "nationality": "AF", "minor": true }""";

    public static final String RESIDENT_PAGE = "{ \"items\": [" + RESIDENT + "], \"page\": 0, \"size\": 20, "
            + "\"totalItems\": 1 }";

    public static final String TRIGGER = """
            { "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "residentId": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d",
              "kind": "UNE_REJECTION", "decidedOn": "2026-02-10" }""";

    public static final String CONVERSATION = """
            { "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "residentId": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d",
              "heldOn": "2026-02-12", "form": "FORMAL", "triggerId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
              "interpreterUsed": true, "interpreterLanguage": "prs", "outcome": "CONSIDERING_RETURN" }""";

    public static final String CONVERSATIONS = "[" + CONVERSATION + "]";

    public static final String OUTCOME = """
            { "id": "c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f", "residentId": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d",
              "kind": "APPLIED_TO_IOM", "occurredOn": "2026-03-01" }""";

    public static final String OWED = "[ { \"resident\": " + RESIDENT + ", \"trigger\": " + TRIGGER + " } ]";

    public static final String FIGURES = """
            { "year": 2015,
              "centres": [ { "centre": "em-mottak-example", "conversations": 52, "minorsReached": 16, "girls": 1,
                             "boys": 15, "otherOrUnknownSex": 0, "appliedToIom": 4, "travelled": 2,
                             "returnedByForce": 1, "disappeared": 0 } ],
              "total": { "conversations": 52, "minorsReached": 16, "girls": 1, "boys": 15, "otherOrUnknownSex": 0,
                         "appliedToIom": 4, "travelled": 2, "returnedByForce": 1, "disappeared": 0 } }""";

    private ApiExamples() {
    }
}

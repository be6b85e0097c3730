package dev.avrr.referral;

/**
 * Response examples of the OpenAPI document: what each operation answers, per route and per role that calls it
 * (see {@code ReferralView} and {@code NeedToKnow}: the referrer sees the person only while it is its draft, a
 * receiver while the person's consent to share with it stands). The referral examples follow a few fictional
 * referrals: a Norwegian one of {@code ngo-example} (Testa Fiktivsen), a Swedish one of
 * {@code socialtjansten-example} and one the coordinator registered itself (Testa Påhittad); the versions are
 * those after the step on the shortest way there. {@code ResponseExamplesTest} replays the referral commands and
 * compares their answers with these.
 */
public final class ApiExamples {

    // The people, as a receiver (or the referrer of a draft) reads them back: countries in alpha-2, and the
    // lists of languages, identifiers and household always present, empty when none was given.

    /** The Norwegian referral's person, from the create example of {@code POST /api/v1/referrals}. */
    private static final String NORWAY_PERSON = """
              "person": {
                "givenName": "Testa", "familyName": "Fiktivsen", "dateOfBirth": "1990-01-01", "sex": "FEMALE",
                "nationality": "ET", "countryOfReturn": "ET", "languages": ["am"], "interpreterNeeded": true,
                "contact": { "phone": "+47 900 00 000" },
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502" } ],
                "household": [ { "givenName": "Lillebror", "familyName": "Fiktivsen", "dateOfBirth": "2019-05-01",
                                 "relation": "CHILD" } ]
              },
              "vulnerability": { "categories": ["MEDICAL_NEEDS"], "referralReason": "Needs continued treatment at home",
                                 "notes": "Prefers a female interpreter" }""";

    /** The Swedish referral's person, from the Swedish create examples. */
    private static final String SWEDEN_PERSON = """
              "person": {
                "givenName": "Testa", "familyName": "Påhittad", "dateOfBirth": "1995-06-15", "nationality": "NG",
                "countryOfReturn": "NG", "languages": ["en"], "identifiers": [], "household": []
              },
              "vulnerability": { "categories": ["VICTIM_OF_TRAFFICKING_ADULT"],
                                 "traffickingIdentifiedBy": "Socialtjänsten" }""";

    // POST /api/v1/referrals

    /** A partner's Norwegian referral, submitted on create: the referrer sees status and dates only. */
    public static final String CREATED_NORWAY = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "SUBMITTED",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T09:15:00.183412Z",
              "statusChangedAt": "2026-03-02T09:15:00.190633Z",
              "version": 1
            }""";

    /** The same, with a DUF number whose check digits do not match the known rule: accepted, with a warning. */
    public static final String CREATED_NORWAY_WITH_WARNING = """
            {
              "id": "0a7c5e3b-4d2f-4b8a-9e6c-1f3d5b7a9c2e",
              "status": "SUBMITTED",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T11:02:00.415270Z",
              "statusChangedAt": "2026-03-02T11:02:00.422981Z",
              "version": 1,
              "warnings": [ { "field": "person.identifiers[0].value",
                              "message": "The DUF number's check digits do not match the known rule; please verify the number" } ]
            }""";

    /** A partner's Swedish referral, submitted on create: it awaits the coordinator (Hänvisning). */
    public static final String CREATED_SWEDEN = """
            {
              "id": "e7a1c3d5-2b4f-4869-a0c2-5d7e9f1b3a64",
              "status": "AWAITING_COORDINATOR",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "createdAt": "2026-03-06T10:30:00.204518Z",
              "statusChangedAt": "2026-03-06T10:30:00.211907Z",
              "version": 1
            }""";

    /** A partner's Swedish draft ({@code "submit": false}): its own draft, so the referrer sees it in full. */
    public static final String CREATED_SWEDEN_DRAFT = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "DRAFT",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-02T09:15:00Z",
              "version": 0,
            """ + SWEDEN_PERSON + """

            }""";

    /**
     * A coordinator registers a person referred to it by phone: the referral awaits its own approval at once, and
     * the coordinator, its receiver with the person's consent to share with it, sees it in full.
     */
    public static final String CREATED_BY_COORDINATOR = """
            {
              "id": "c41e7a92-5d3b-4f86-a0e9-7b2d1c6f8e35",
              "status": "AWAITING_COORDINATOR",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "lansstyrelsen-stockholm",
              "createdAt": "2026-03-09T11:00:00.318204Z",
              "statusChangedAt": "2026-03-09T11:00:00.327551Z",
              "version": 1,
              "person": {
                "givenName": "Testa", "familyName": "Påhittad", "estimatedBirthYear": 1994, "nationality": "RO",
                "countryOfReturn": "RO", "languages": [], "identifiers": [], "household": []
              },
              "vulnerability": { "categories": ["VICTIM_OF_TRAFFICKING_ADULT"], "traffickingIdentifiedBy": "Polisen" },
              "outsideReferral": { "channel": "PHONE", "referredBy": "Regional coordinator, Västra Götaland" }
            }""";

    // GET and PUT /api/v1/referrals/{id}

    /** A partner's Norwegian draft as the partner reads it: in full. */
    public static final String NORWAY_DRAFT = """
            {
              "id": "9b4d3f2e-6a1c-4e8b-8d7f-2c5a9e1b0f36",
              "status": "DRAFT",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T08:50:00Z",
              "statusChangedAt": "2026-03-02T08:50:00Z",
              "version": 0,
            """ + NORWAY_PERSON + """

            }""";

    /** The draft after a PUT that corrected the date of birth: a new version, the status (and its time) unchanged. */
    public static final String NORWAY_DRAFT_UPDATED = """
            {
              "id": "9b4d3f2e-6a1c-4e8b-8d7f-2c5a9e1b0f36",
              "status": "DRAFT",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T08:50:00Z",
              "statusChangedAt": "2026-03-02T08:50:00Z",
              "version": 1,
              "person": {
                "givenName": "Testa", "familyName": "Fiktivsen", "dateOfBirth": "1990-01-02", "sex": "FEMALE",
                "nationality": "ET", "countryOfReturn": "ET", "languages": ["am"], "interpreterNeeded": true,
                "contact": { "phone": "+47 900 00 000" },
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502" } ],
                "household": [ { "givenName": "Lillebror", "familyName": "Fiktivsen", "dateOfBirth": "2019-05-01",
                                 "relation": "CHILD" } ]
              },
              "vulnerability": { "categories": ["MEDICAL_NEEDS"], "referralReason": "Needs continued treatment at home",
                                 "notes": "Prefers a female interpreter" }
            }""";

    /** The Norwegian referral declined by IOM Oslo, as its referrer reads it: status, dates and the reason code. */
    public static final String NORWAY_DECLINED_FOR_REFERRER = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "DECLINED",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T09:15:00.183412Z",
              "statusChangedAt": "2026-03-03T12:40:00Z",
              "version": 2,
              "declineReason": { "code": "OUTSIDE_PROGRAMME_SCOPE", "label": "Outside the programme's scope" }
            }""";

    /** The Norwegian referral as IOM Oslo's caseworker reads it once submitted: with the referrer and the person. */
    public static final String NORWAY_FOR_IOM = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "SUBMITTED",
              "jurisdiction": "NO",
              "referringOrg": "ngo-example",
              "createdAt": "2026-03-02T09:15:00.183412Z",
              "statusChangedAt": "2026-03-02T09:15:00.190633Z",
              "version": 1,
            """ + NORWAY_PERSON + """

            }""";

    /** The Swedish referral as the coordinator reads it while it awaits its approval. */
    public static final String SWEDEN_FOR_COORDINATOR = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "AWAITING_COORDINATOR",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "socialtjansten-example",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-02T09:20:00Z",
              "version": 1,
            """ + SWEDEN_PERSON + """

            }""";

    /** The same after the person withdrew the consent to share with the coordinator: the person is withheld. */
    public static final String SWEDEN_FOR_COORDINATOR_WITHHELD = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "AWAITING_COORDINATOR",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "socialtjansten-example",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-02T09:20:00Z",
              "version": 1,
              "personWithheld": "No standing consent of the person to share with your organisation"
            }""";

    // The commands

    /** The Norwegian draft submitted to IOM Oslo: from now on its referrer sees status and dates only. */
    public static final String SUBMITTED_NORWAY = """
            {
              "id": "9b4d3f2e-6a1c-4e8b-8d7f-2c5a9e1b0f36",
              "status": "SUBMITTED",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T08:50:00Z",
              "statusChangedAt": "2026-03-02T10:05:00Z",
              "version": 1
            }""";

    /** The Swedish draft submitted to the coordinator (Hänvisning). */
    public static final String SUBMITTED_SWEDEN = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "AWAITING_COORDINATOR",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-02T09:20:00Z",
              "version": 1
            }""";

    /** The coordinator's approval (Meddelande), as the coordinator sees the referral. */
    public static final String APPROVED_BY_COORDINATOR = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "APPROVED_BY_COORDINATOR",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "socialtjansten-example",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-03T08:00:00Z",
              "version": 2,
            """ + SWEDEN_PERSON + """

            }""";

    /** IOM Oslo accepts the Norwegian referral. */
    public static final String ACCEPTED_NORWAY = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "ACCEPTED",
              "jurisdiction": "NO",
              "referringOrg": "ngo-example",
              "createdAt": "2026-03-02T09:15:00.183412Z",
              "statusChangedAt": "2026-03-03T12:40:00Z",
              "version": 2,
            """ + NORWAY_PERSON + """

            }""";

    /** IOM Helsinki accepts the Swedish referral the coordinator approved (Stöd). */
    public static final String ACCEPTED_SWEDEN = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "ACCEPTED",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "socialtjansten-example",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-04T09:00:00Z",
              "version": 3,
            """ + SWEDEN_PERSON + """

            }""";

    /** IOM Oslo declines the Norwegian referral. */
    public static final String DECLINED_BY_IOM_OSLO = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "DECLINED",
              "jurisdiction": "NO",
              "referringOrg": "ngo-example",
              "createdAt": "2026-03-02T09:15:00.183412Z",
              "statusChangedAt": "2026-03-03T12:40:00Z",
              "version": 2,
            """ + NORWAY_PERSON + """
            ,
              "declineReason": { "code": "OUTSIDE_PROGRAMME_SCOPE", "label": "Outside the programme's scope" }
            }""";

    /** The coordinator declines a Swedish referral that awaits it; it never reaches IOM. */
    public static final String DECLINED_BY_COORDINATOR = """
            {
              "id": "e7a1c3d5-2b4f-4869-a0c2-5d7e9f1b3a64",
              "status": "DECLINED",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "socialtjansten-example",
              "createdAt": "2026-03-06T10:30:00.204518Z",
              "statusChangedAt": "2026-03-07T13:10:00Z",
              "version": 2,
            """ + SWEDEN_PERSON + """
            ,
              "declineReason": { "code": "NOT_ELIGIBLE", "label": "Not eligible for the programme" },
              "declineNote": "Not identified as subjected to trafficking or prostitution (fictional)"
            }""";

    /** IOM Helsinki declines the Swedish referral the coordinator approved. */
    public static final String DECLINED_BY_IOM_HELSINKI = """
            {
              "id": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47",
              "status": "DECLINED",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "referringOrg": "socialtjansten-example",
              "createdAt": "2026-03-02T09:15:00Z",
              "statusChangedAt": "2026-03-04T09:00:00Z",
              "version": 3,
            """ + SWEDEN_PERSON + """
            ,
              "declineReason": { "code": "SUPPORT_NOT_AVAILABLE",
                                 "label": "Support is not available in the country of return" },
              "declineNote": "No partner for the needed treatment in the home region (fictional)"
            }""";

    /** The partner withdraws its submitted Norwegian referral. */
    public static final String WITHDRAWN_NORWAY = """
            {
              "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21",
              "status": "WITHDRAWN",
              "jurisdiction": "NO",
              "createdAt": "2026-03-02T09:15:00.183412Z",
              "statusChangedAt": "2026-03-02T15:05:00Z",
              "version": 2
            }""";

    /** The partner withdraws its Swedish referral while it awaits the coordinator. */
    public static final String WITHDRAWN_SWEDEN = """
            {
              "id": "e7a1c3d5-2b4f-4869-a0c2-5d7e9f1b3a64",
              "status": "WITHDRAWN",
              "jurisdiction": "SE",
              "coordinatorOrg": "lansstyrelsen-stockholm",
              "createdAt": "2026-03-06T10:30:00.204518Z",
              "statusChangedAt": "2026-03-06T16:45:00Z",
              "version": 2
            }""";

    // GET /api/v1/referrals

    /** A partner's list: status and dates of what it submitted, the reason of what was declined. */
    public static final String REFERRAL_PAGE_FOR_PARTNER = """
            {
              "items": [
                { "id": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "status": "SUBMITTED", "jurisdiction": "NO",
                  "createdAt": "2026-03-02T09:15:00.183412Z", "statusChangedAt": "2026-03-02T09:15:00.190633Z",
                  "version": 1 },
                { "id": "2e8f6a4c-1d3b-4a5e-9c7f-0b2d4e6f8a13", "status": "DECLINED", "jurisdiction": "NO",
                  "createdAt": "2026-02-20T14:05:00Z", "statusChangedAt": "2026-02-23T10:30:00Z", "version": 2,
                  "declineReason": { "code": "OUTSIDE_PROGRAMME_SCOPE", "label": "Outside the programme's scope" } }
              ],
              "page": 0, "size": 20, "totalItems": 2
            }""";

    /** IOM Oslo's list: the referrals that reached it, with the person while the consent to share with it stands. */
    public static final String REFERRAL_PAGE_FOR_IOM = "{ \"items\": [" + NORWAY_FOR_IOM
            + "], \"page\": 0, \"size\": 20, \"totalItems\": 1 }";

    // GET /api/v1/referrals/{id}/history

    /** The Swedish referral's steps with the labels of docs/domain.md#the-swedish-route, up to the coordinator's approval. */
    public static final String HISTORY = """
            [
              { "step": "REGISTERED", "label": "Nytt ärende", "status": "DRAFT", "at": "2026-03-02T09:15:00Z",
                "actorOrg": "socialtjansten-example" },
              { "step": "SUBMITTED", "label": "Hänvisning", "status": "AWAITING_COORDINATOR",
                "at": "2026-03-02T09:20:00Z", "actorOrg": "socialtjansten-example" },
              { "step": "APPROVED_BY_COORDINATOR", "label": "Meddelande", "status": "APPROVED_BY_COORDINATOR",
                "at": "2026-03-03T08:00:00Z", "actorOrg": "lansstyrelsen-stockholm" }
            ]""";

    /** The Norwegian referral's steps, submitted on create and accepted by IOM Oslo. */
    public static final String HISTORY_NORWAY = """
            [
              { "step": "REGISTERED", "label": "Referral registered", "status": "DRAFT",
                "at": "2026-03-02T09:15:00.183412Z", "actorOrg": "ngo-example" },
              { "step": "SUBMITTED", "label": "Submitted to IOM Oslo", "status": "SUBMITTED",
                "at": "2026-03-02T09:15:00.190633Z", "actorOrg": "ngo-example" },
              { "step": "ACCEPTED", "label": "Accepted by IOM Oslo", "status": "ACCEPTED",
                "at": "2026-03-03T12:40:00Z", "actorOrg": "iom-oslo" }
            ]""";

    // Consent

    /** A consent recorded after the create (no givenAt sent: given when recorded). */
    public static final String CONSENT = """
            { "id": "0b1e8d5c-6a7f-4f2b-8c3d-9e0f1a2b3c4d", "purpose": "FEEDBACK_TO_REFERRER",
              "recipientOrg": "ngo-example", "standing": true, "givenAt": "2026-03-06T10:00:00Z", "language": "ti",
              "interpreterUsed": true, "recordedBy": "user-4711", "recordedByOrg": "ngo-example" }""";

    /** The Norwegian referral's consents, given with the create. */
    public static final String CONSENTS = """
            [ { "id": "6a2c4e8f-1b3d-4f5a-8c7e-9d0b2a4c6e81", "purpose": "SHARE_WITH_IOM", "recipientOrg": "iom-oslo",
                "standing": true, "givenAt": "2026-03-02T09:15:00.185270Z", "language": "am", "interpreterUsed": true,
                "recordedBy": "user-4711", "recordedByOrg": "ngo-example" },
              { "id": "7b3d5f9a-2c4e-4a6b-9d8f-0e1c3b5d7f92", "purpose": "FEEDBACK_TO_REFERRER",
                "recipientOrg": "ngo-example", "standing": true, "givenAt": "2026-03-02T09:15:00.186904Z",
                "language": "am", "interpreterUsed": true, "recordedBy": "user-4711",
                "recordedByOrg": "ngo-example" } ]""";

    /** Every standing consent withdrawn: the answer lists the consents this withdrawal ended. */
    public static final String WITHDRAWN_CONSENTS = """
            [ { "id": "6a2c4e8f-1b3d-4f5a-8c7e-9d0b2a4c6e81", "purpose": "SHARE_WITH_IOM", "recipientOrg": "iom-oslo",
                "standing": false, "givenAt": "2026-03-02T09:15:00.185270Z", "language": "am", "interpreterUsed": true,
                "recordedBy": "user-4711", "recordedByOrg": "ngo-example", "withdrawnAt": "2026-04-01T10:00:00Z",
                "withdrawalLanguage": "am", "withdrawalInterpreterUsed": true, "withdrawalRecordedBy": "user-4711",
                "withdrawalRecordedByOrg": "ngo-example" },
              { "id": "7b3d5f9a-2c4e-4a6b-9d8f-0e1c3b5d7f92", "purpose": "FEEDBACK_TO_REFERRER",
                "recipientOrg": "ngo-example", "standing": false, "givenAt": "2026-03-02T09:15:00.186904Z",
                "language": "am", "interpreterUsed": true, "recordedBy": "user-4711", "recordedByOrg": "ngo-example",
                "withdrawnAt": "2026-04-01T10:00:00Z", "withdrawalLanguage": "am", "withdrawalInterpreterUsed": true,
                "withdrawalRecordedBy": "user-4711", "withdrawalRecordedByOrg": "ngo-example" } ]""";

    // The Swedish route's signed application

    public static final String SIGNED_APPLICATION = """
            { "referralId": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47", "signedOn": "2026-03-05", "language": "en",
              "attachments": [ { "documentType": "PASSPORT_COPY", "fileName": "passport-copy.pdf",
                                 "mediaType": "application/pdf", "sizeBytes": 182044,
                                 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" } ],
              "recordedAt": "2026-03-05T14:00:00Z", "recordedByOrg": "iom-helsinki" }""";

    // Feedback

    /** The Swedish referral's timeline as its referrer reads it, the person's consent to feedback to it standing. */
    public static final String TIMELINE = """
            { "referralId": "8d2b6f14-9c3e-4a7d-b1f5-3e6a0c9d2b47", "feedback": "STANDING",
              "entries": [
                { "kind": "STATUS", "code": "REGISTERED", "label": "Nytt ärende", "status": "DRAFT",
                  "at": "2026-03-02T09:15:00Z", "byOrg": "socialtjansten-example" },
                { "kind": "STATUS", "code": "SUBMITTED", "label": "Hänvisning", "status": "AWAITING_COORDINATOR",
                  "at": "2026-03-02T09:20:00Z", "byOrg": "socialtjansten-example" },
                { "kind": "STATUS", "code": "APPROVED_BY_COORDINATOR", "label": "Meddelande",
                  "status": "APPROVED_BY_COORDINATOR", "at": "2026-03-03T08:00:00Z",
                  "byOrg": "lansstyrelsen-stockholm" },
                { "kind": "STATUS", "code": "ACCEPTED", "label": "Stöd", "status": "ACCEPTED",
                  "at": "2026-03-04T09:00:00Z", "byOrg": "iom-helsinki" },
                { "kind": "MILESTONE", "code": "CASE_OPENED", "label": "Case opened", "at": "2026-03-04T09:00:02Z" },
                { "kind": "STATUS", "code": "APPLICATION_SIGNED", "label": "Välgrundat beslut", "status": "ACCEPTED",
                  "at": "2026-03-05T14:00:00Z", "byOrg": "iom-helsinki" },
                { "kind": "MILESTONE", "code": "TRAVEL_BOOKED", "label": "Förberedelser inför och under hemresan",
                  "at": "2026-04-01T10:00:00Z" }
              ] }""";

    /** The Norwegian referral's timeline after the person withdrew the consent to feedback: its own steps only. */
    public static final String TIMELINE_FEEDBACK_WITHDRAWN = """
            { "referralId": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "feedback": "WITHDRAWN",
              "entries": [
                { "kind": "STATUS", "code": "REGISTERED", "label": "Referral registered", "status": "DRAFT",
                  "at": "2026-03-02T09:15:00.183412Z", "byOrg": "ngo-example" },
                { "kind": "STATUS", "code": "SUBMITTED", "label": "Submitted to IOM Oslo", "status": "SUBMITTED",
                  "at": "2026-03-02T09:15:00.190633Z", "byOrg": "ngo-example" },
                { "kind": "STATUS", "code": "ACCEPTED", "label": "Accepted by IOM Oslo", "status": "ACCEPTED",
                  "at": "2026-03-03T12:40:00Z", "byOrg": "iom-oslo" }
              ] }""";

    public static final String SUBSCRIPTION_WITH_SECRET = """
            { "org": "ngo-example", "url": "https://partner.example.org/avrr/hooks",
              "createdAt": "2026-03-01T08:00:00Z", "secretRotatedAt": "2026-03-01T08:00:00Z",
              "secret": "whsec_q0V8sX1n7cYx3Jk2Lm9Pz4Rt6Uw8Ye0Ab2Cd4Ef6Gh8" }""";

    public static final String SUBSCRIPTION = """
            { "org": "ngo-example", "url": "https://partner.example.org/avrr/hooks",
              "createdAt": "2026-03-01T08:00:00Z", "secretRotatedAt": "2026-03-01T08:00:00Z" }""";

    /** After a rotation: the new secret, shown once, and until when the previous one signs too (24 hours). */
    public static final String SUBSCRIPTION_ROTATED = """
            { "org": "ngo-example", "url": "https://partner.example.org/avrr/hooks",
              "createdAt": "2026-03-01T08:00:00Z", "secretRotatedAt": "2026-06-01T08:00:00Z",
              "previousSecretSignsUntil": "2026-06-02T08:00:00Z",
              "secret": "whsec_N3w5eCr3tRo7aT1oNx8Yz2Qw4Er6Ty8Ui0Op2As4Df6" }""";

    /** The delivery of the Norwegian referral's "case opened", delivered at the second attempt. */
    public static final String DELIVERIES = """
            { "items": [ { "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                           "referralId": "5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21", "kind": "MILESTONE",
                           "code": "CASE_OPENED", "status": "DELIVERED", "attempts": 2,
                           "createdAt": "2026-03-03T12:40:02Z", "deliveredAt": "2026-03-03T12:40:09Z",
                           "attemptLog": [ { "at": "2026-03-03T12:40:03Z", "statusCode": 503,
                                             "error": "the receiver answered 503", "durationMs": 41 },
                                           { "at": "2026-03-03T12:40:09Z", "statusCode": 200, "durationMs": 38 } ] } ],
              "page": 0, "size": 20, "totalItems": 1 }""";

    // Return counselling

    public static final String RESIDENT = """
            { "id": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d", "givenName": "Testo", "familyName": "Fiktivsen",
              "dateOfBirth": "2010-04-01", "sex": "MALE", "nationality": "AF", "minor": true }""";

    public static final String RESIDENT_PAGE = "{ \"items\": [" + RESIDENT + "], \"page\": 0, \"size\": 20, "
            + "\"totalItems\": 1 }";

    public static final String TRIGGER = """
            { "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "residentId": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d",
              "kind": "UNE_REJECTION", "decidedOn": "2026-02-10" }""";

    /** The mandatory conversation that answers the trigger above. */
    public static final String CONVERSATION = """
            { "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "residentId": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d",
              "heldOn": "2026-02-12", "form": "FORMAL", "triggerId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
              "interpreterUsed": true, "interpreterLanguage": "prs", "outcome": "CONSIDERING_RETURN" }""";

    public static final String CONVERSATIONS = "[" + CONVERSATION + "]";

    public static final String OUTCOME = """
            { "id": "c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f", "residentId": "3d6f4a2b-1c8e-4f7a-9b0d-2e5c7a9f1b3d",
              "kind": "APPLIED_TO_IOM", "occurredOn": "2026-03-01" }""";

    /** Owed until a conversation with this trigger's id is recorded. */
    public static final String OWED = "[ { \"resident\": " + RESIDENT + ", \"trigger\": " + TRIGGER + " } ]";

    public static final String FIGURES = """
            { "year": 2015,
              "centres": [ { "centre": "em-mottak-example", "conversations": "52", "minorsReached": "suppressed",
                             "girls": "<5", "boys": "15", "otherOrUnknownSex": "0", "appliedToIom": "<5",
                             "travelled": "<5", "returnedByForce": "<5", "disappeared": "0" } ],
              "total": { "conversations": "52", "minorsReached": "suppressed", "girls": "<5", "boys": "15",
                         "otherOrUnknownSex": "0", "appliedToIom": "<5", "travelled": "<5", "returnedByForce": "<5",
                         "disappeared": "0" } }""";

    private ApiExamples() {
    }
}

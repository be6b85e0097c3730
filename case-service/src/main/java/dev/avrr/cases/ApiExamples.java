package dev.avrr.cases;

/**
 * Response examples of the OpenAPI document: what each operation answers, per route and per role that calls it
 * (see {@code CaseViews}: the caseworker of the office sees the whole case but a UDI decision's reason, the mission
 * of the country of return what it needs to receive the returnee, UDI what it decides on with its decisions in
 * full). The examples follow a few fictional Norwegian cases registered directly by IOM Oslo: the main one of
 * Testa Fiktivsen (vulnerable groups, medical needs, return to Ethiopia with her son Testo), told step by step
 * with the version after each step; one of Testa Påhittad under UDI's standard programme; and one of an
 * unaccompanied minor, Testino Fiktivsen, for the family tracing. Null fields are omitted, as the service answers.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    // ---- Testa Fiktivsen's case: the parts that stay, in the order the caseworker view lists them ----

    private static final String MAIN_ID = """
              "view": "CASEWORKER",
              "id": "3c9e5a71-8b2d-4f0e-a6c4-7d1b2e9f0a53",
              "office": "iom-oslo",
              "jurisdiction": "NO",
            """;

    /** From the registration example of {@code POST /api/v1/cases}: ETH is kept as ET. */
    private static final String MAIN_PERSON = """
              "countryOfReturn": "ET",
              "registrationSource": "DIRECT",
              "registeredAt": "2026-01-12T09:30:00.412377Z",
              "applicant": {
                "memberId": "6a2f8c14-5e3b-4d7a-9c1f-0b8e2d4a6f35",
                "givenName": "Testa", "familyName": "Fiktivsen", "dateOfBirth": "1990-01-01", "sex": "F",
                "nationality": "ET", "languages": ["am"], "interpreterNeeded": true,
                "contact": { "phone": "+47 00 00 00 00" },
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502", "check": "VALID" } ]
              },
              "household": [
                { "memberId": "9d4b1e72-3a6c-4f8e-b205-c7e1a9f3d864", "relation": "CHILD", "givenName": "Testo",
                  "familyName": "Fiktivsen", "dateOfBirth": "2016-05-05" }
              ],
              "vulnerability": { "categories": ["MEDICAL_NEEDS"], "reason": "Applied to IOM Oslo in person" },
            """;

    private static final String RETURN_CONSENT = """
                { "id": "1f7c3a9e-2b5d-4e81-a6f0-8c3d5b7e9a12", "purpose": "SHARE_FOR_RETURN",
                  "recipient": "iom-mission-and-travel-providers", "givenOn": "2026-01-12", "source": "APPLICATION",
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-01-12T09:30:00.412377Z" }""";

    private static final String UDI_CONSENT = """
                { "id": "4e8a2c6f-9b1d-4a37-8e5c-2f6a0d4b8c91", "purpose": "SHARE_WITH_UDI", "recipient": "udi",
                  "givenOn": "2026-01-15", "language": "am", "interpreterUsed": true, "source": "CASEWORKER",
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-01-15T10:04:37.880912Z" }""";

    private static final String UDI_CONSENT_WITHDRAWN = """
                { "id": "4e8a2c6f-9b1d-4a37-8e5c-2f6a0d4b8c91", "purpose": "SHARE_WITH_UDI", "recipient": "udi",
                  "givenOn": "2026-01-15", "language": "am", "interpreterUsed": true, "source": "CASEWORKER",
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-01-15T10:04:37.880912Z", "withdrawnOn": "2026-02-01",
                  "withdrawalSource": "CASEWORKER", "withdrawalRecordedBy": "caseworker-0042",
                  "withdrawalRecordedAt": "2026-02-01T08:47:19.302551Z" }""";

    private static final String CONSENTS_RETURN = """
              "consents": [
            """ + RETURN_CONSENT + """

              ],
            """;

    private static final String CONSENTS_BOTH = """
              "consents": [
            """ + RETURN_CONSENT + ",\n" + UDI_CONSENT + """

              ],
            """;

    private static final String SIGNED = """
              "signedApplication": { "signedOn": "2026-01-15", "attachments": 2, "source": "CASEWORKER",
                                     "recordedAt": "2026-01-15T10:02:11.204518Z" },
            """;

    /** The assessment of the eligibility request example: age 36 on 2026-01-20, medical needs met. */
    private static final String ELIGIBILITY = """
              "eligibility": {
                "id": "7b3e9f15-6c2a-4d80-9f4b-1a5c7e3d9b26",
                "assessedOn": "2026-01-20",
                "ageOnAssessment": 36,
                "ageEstimated": false,
                "results": [
                  { "rule": "UNACCOMPANIED_MINOR", "met": false, "reason": "18 or older on the assessment date (age 36)" },
                  { "rule": "AGED_OUT_MINOR", "met": false,
                    "reason": "not recorded as having arrived without a parent or legal guardian" },
                  { "rule": "VICTIM_OF_TRAFFICKING", "met": false, "reason": "not identified as a victim of trafficking" },
                  { "rule": "MEDICAL_NEEDS", "met": true, "reason": "a documented need of extensive medical follow-up" },
                  { "rule": "OTHER_VULNERABLE", "met": false, "reason": "no subtype found (violence, exploitation, \
            domestic violence, forced marriage, elderly without a family network)" }
                ],
                "eligible": true,
                "basis": "at least one category of the vulnerable groups programme is met",
                "findings": {
                  "assessedOn": "2026-01-20",
                  "arrival": { "withoutParentOrLegalGuardian": false },
                  "medicalNeeds": { "extensiveFollowUpNeeded": true, "documentation": "Physician's statement of 2026-01-10" },
                  "note": "Assessed with an interpreter"
                },
                "assessedBy": "caseworker-0042",
                "assessedByOrg": "iom-oslo",
                "recordedAt": "2026-01-20T13:45:09.517230Z",
                "assessments": 1
              },
            """;

    private static final String UDI_NOT_SUBMITTED = """
              "udi": { "decisions": [] },
            """;

    private static final String UDI_SUBMITTED = """
              "udi": { "submittedAt": "2026-01-22T08:15:40.093611Z", "decisions": [] },
            """;

    /** UDI's approval as the caseworker sees it: outcome and date, no reason. */
    private static final String UDI_APPROVED = """
              "udi": { "submittedAt": "2026-01-22T08:15:40.093611Z",
                       "decisions": [ { "stage": "UDI", "outcome": "APPROVED", "decidedOn": "2026-02-10" } ] },
              "approval": { "approvedAt": "2026-02-10T00:00:00Z", "basis": "UDI",
                            "announcedAt": "2026-02-10T12:20:05.671448Z" },
            """;

    private static final String NEEDS = """
              "needsInventory": {
                "id": "8e1a5c93-4f7b-4d26-b0e8-3c9f1a7d5e42",
                "value": {
                  "needs": [ { "category": "HOUSING", "description": "A room for the first months" },
                             { "category": "EDUCATION_OR_LIVELIHOOD", "description": "Tailoring course" } ],
                  "supportAvailableInHomeCountry": true,
                  "confirmedWith": "IOM mission in Ethiopia",
                  "assessedOn": "2026-02-01"
                },
                "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                "recordedAt": "2026-02-01T14:02:33.418209Z"
              },
            """;

    private static final String PLAN = """
              "reintegrationPlan": { "planId": "5b0f3c1e-7d1a-4c5e-9a51-2f1b8f0e6a11", "draftedOn": "2026-02-03" },
            """;

    private static final String NO_RISKS = """
              "riskAssessments": [],
            """;

    private static final String RISKS = """
              "riskAssessments": [
                {
                  "id": "5d9b3f71-0a4e-4c8b-9e26-7f1b5d3a9c68",
                  "value": {
                    "level": "MEDIUM",
                    "risks": ["Contact with the former recruiter's network in the home town"],
                    "mitigations": ["Reception by the mission at the airport", "Housing in another town"],
                    "assessedOn": "2026-02-02"
                  },
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-02-02T10:31:57.206115Z"
                }
              ],
            """;

    private static final String NO_TRAVEL = """
              "travel": {},
            """;

    private static final String ARRANGEMENTS = """
                "arrangements": {
                  "id": "0e4c8a26-1d5f-4b93-8a7c-9e2d6f0b4a15",
                  "value": {
                    "travelDocument": { "status": "HELD", "type": "PASSPORT" },
                    "escort": { "arranged": false },
                    "transitAssistance": true,
                    "arrivalAssistance": true,
                    "medicalEscort": { "needed": false, "arranged": false }
                  },
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-02-12T09:40:21.530862Z"
                }""";

    private static final String TRAVEL_ARRANGED = """
              "travel": {
            """ + ARRANGEMENTS + """

              },
            """;

    /** The booking of the travel-booking request example, far ahead. */
    private static final String TRAVEL_BOOKED_AHEAD = """
              "travel": {
            """ + ARRANGEMENTS + """
            ,
                "booking": {
                  "id": "6f2a0e48-3c7d-4e5b-a91f-4d8b2c6e0a73",
                  "value": { "departureDate": "2030-03-01", "from": "OSL", "to": "ADD", "transitPoints": ["IST"],
                             "ticketReference": "TEST-0001" },
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-02-13T11:05:49.117043Z"
                },
                "scheduledDepartureOn": "2030-03-01"
              },
            """;

    /** The booking the departure and arrival examples confirm: the journey of 2026-03-01. */
    private static final String BOOKING = """
            ,
                "booking": {
                  "id": "6f2a0e48-3c7d-4e5b-a91f-4d8b2c6e0a73",
                  "value": { "departureDate": "2026-03-01", "from": "OSL", "to": "ADD", "transitPoints": ["IST"],
                             "ticketReference": "TEST-0001" },
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-02-13T11:05:49.117043Z"
                },
                "scheduledDepartureOn": "2026-03-01"
            """;

    private static final String TRAVEL_DEPARTED = """
              "travel": {
            """ + ARRANGEMENTS + BOOKING + """
            ,
                "departedOn": "2026-03-01"
              },
            """;

    private static final String TRAVEL_ARRIVED = """
              "travel": {
            """ + ARRANGEMENTS + BOOKING + """
            ,
                "departedOn": "2026-03-01",
                "arrivedOn": "2026-03-02"
              },
            """;

    private static final String VULNERABLE_GROUPS = """
              "programme": "VULNERABLE_GROUPS",
            """;

    /** Everything up to and including the UDI approval (version 8), the status and version left to each step. */
    private static final String MAIN_APPROVED = MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_APPROVED + NEEDS
            + PLAN + RISKS;

    // POST /api/v1/cases

    /** Testa Fiktivsen registered from the vulnerable-groups request example; the return consent is her application. */
    private static final String REGISTERED_BODY = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "REGISTERED",
              "statusChangedAt": "2026-01-12T09:30:00.412377Z",
            """ + MAIN_PERSON + CONSENTS_RETURN + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL;

    public static final String REGISTERED = REGISTERED_BODY + """
              "version": 0
            }""";

    private static final String PAHITTAD_HEAD = """
            {
              "view": "CASEWORKER",
              "id": "c7d15e39-4a8f-4b2e-9d60-3e7a1c5f9b84",
              "office": "iom-oslo",
              "jurisdiction": "NO",
              "programme": "UDI_STANDARD",
            """;

    private static final String PAHITTAD_BODY = """
              "countryOfReturn": "IQ",
              "registrationSource": "DIRECT",
              "registeredAt": "2026-01-14T11:20:03.775120Z",
              "applicant": {
                "memberId": "b2e6f0a4-8d3c-4f71-a5e9-0c4b8d2f6e17",
                "givenName": "Testa", "familyName": "Påhittad", "estimatedBirthYear": 1985, "nationality": "IQ",
                "identifiers": []
              },
              "household": [],
              "departureDeadline": "2026-09-30",
              "consents": [
                { "id": "d3f7b1c5-9e2a-4c68-b4d0-5a9e3c7f1b26", "purpose": "SHARE_FOR_RETURN",
                  "recipient": "iom-mission-and-travel-providers", "givenOn": "2026-01-14", "source": "APPLICATION",
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-01-14T11:20:03.775120Z" }
              ],
              "udi": { "decisions": [] },
              "riskAssessments": [],
              "travel": {},
            """;

    /** Testa Påhittad registered from the udi-standard request example: an estimated birth year, IRQ kept as IQ. */
    public static final String REGISTERED_UDI_STANDARD = PAHITTAD_HEAD + """
              "status": "REGISTERED",
              "statusChangedAt": "2026-01-14T11:20:03.775120Z",
            """ + PAHITTAD_BODY + """
              "version": 0
            }""";

    // PUT /api/v1/cases/{id}/programme

    /** Testa Fiktivsen's case moved to UDI's standard programme, with the deadline of the request example. */
    public static final String PROGRAMME_CHANGED = "{\n" + MAIN_ID + """
              "programme": "UDI_STANDARD",
              "status": "REGISTERED",
              "statusChangedAt": "2026-01-12T09:30:00.412377Z",
            """ + MAIN_PERSON + """
              "departureDeadline": "2026-09-30",
            """ + CONSENTS_RETURN + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "version": 1
            }""";

    // POST /api/v1/cases/{id}/household and PUT /api/v1/cases/{id}/household/{memberId}

    /** The case after the member of the request example was added or rectified: Testo, her son. */
    public static final String HOUSEHOLD = REGISTERED_BODY + """
              "version": 1
            }""";

    // POST /api/v1/cases/{id}/signed-application

    public static final String APPLICATION_SIGNED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "REGISTERED",
              "statusChangedAt": "2026-01-12T09:30:00.412377Z",
            """ + MAIN_PERSON + CONSENTS_RETURN + SIGNED + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "version": 1
            }""";

    // POST /api/v1/cases/{id}/consents

    /** The consent to share with UDI of the request example, next to the return consent of her application. */
    public static final String CONSENT_RECORDED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "REGISTERED",
              "statusChangedAt": "2026-01-12T09:30:00.412377Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "version": 2
            }""";

    // POST /api/v1/cases/{id}/consents/{consentId}/withdrawal

    /** The consent to share with UDI withdrawn on 2026-02-01, as the request example says; it stays on the case. */
    public static final String CONSENT_WITHDRAWN = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "ELIGIBILITY_ASSESSED",
              "statusChangedAt": "2026-01-20T13:45:09.517230Z",
            """ + MAIN_PERSON + """
              "consents": [
            """ + RETURN_CONSENT + ",\n" + UDI_CONSENT_WITHDRAWN + """

              ],
            """ + SIGNED + ELIGIBILITY + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "version": 4
            }""";

    // POST /api/v1/cases/{id}/mission-handover

    /** The case handed over to the mission in Ethiopia after the eligibility assessment. */
    public static final String CASE_HANDED_OVER = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "ELIGIBILITY_ASSESSED",
              "statusChangedAt": "2026-01-20T13:45:09.517230Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "missionHandover": { "handedOverAt": "2026-01-21T08:12:44.301957Z", "handedOverBy": "caseworker-0042" },
              "version": 4
            }""";

    // POST /api/v1/cases/{id}/eligibility-assessment

    public static final String ELIGIBILITY_ASSESSED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "ELIGIBILITY_ASSESSED",
              "statusChangedAt": "2026-01-20T13:45:09.517230Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_NOT_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "version": 3
            }""";

    // POST /api/v1/cases/{id}/udi-submission

    public static final String SUBMITTED_TO_UDI = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "SUBMITTED_TO_UDI",
              "statusChangedAt": "2026-01-22T08:15:40.093611Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_SUBMITTED + NO_RISKS + NO_TRAVEL + """
              "version": 4
            }""";

    // PUT /api/v1/cases/{id}/needs-inventory

    public static final String NEEDS_INVENTORIED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "SUBMITTED_TO_UDI",
              "statusChangedAt": "2026-01-22T08:15:40.093611Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_SUBMITTED + NEEDS + NO_RISKS + NO_TRAVEL + """
              "version": 5
            }""";

    // POST /api/v1/cases/{id}/risk-assessments

    public static final String RISK_ASSESSED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "SUBMITTED_TO_UDI",
              "statusChangedAt": "2026-01-22T08:15:40.093611Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_SUBMITTED + NEEDS + RISKS + NO_TRAVEL + """
              "version": 6
            }""";

    // PUT /api/v1/cases/{id}/reintegration-plan

    public static final String PLAN_DRAFTED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "SUBMITTED_TO_UDI",
              "statusChangedAt": "2026-01-22T08:15:40.093611Z",
            """ + MAIN_PERSON + CONSENTS_BOTH + SIGNED + ELIGIBILITY + UDI_SUBMITTED + NEEDS + PLAN + RISKS + NO_TRAVEL
            + """
              "version": 7
            }""";

    // GET /api/v1/cases/{id}, as the caseworker: approved by UDI

    public static final String CASEWORKER_VIEW = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "UDI_APPROVED",
              "statusChangedAt": "2026-02-10T12:20:05.671448Z",
            """ + MAIN_APPROVED + NO_TRAVEL + """
              "version": 8
            }""";

    // PUT /api/v1/cases/{id}/travel-arrangements

    public static final String TRAVEL_ARRANGED_CASE = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "UDI_APPROVED",
              "statusChangedAt": "2026-02-10T12:20:05.671448Z",
            """ + MAIN_APPROVED + TRAVEL_ARRANGED + """
              "version": 9
            }""";

    // POST /api/v1/cases/{id}/travel-booking

    public static final String TRAVEL_BOOKED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "TRAVEL_PREPARATION",
              "statusChangedAt": "2026-02-13T11:05:49.117043Z",
            """ + MAIN_APPROVED + TRAVEL_BOOKED_AHEAD + """
              "version": 10
            }""";

    // POST /api/v1/cases/{id}/departure

    public static final String DEPARTED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "DEPARTED",
              "statusChangedAt": "2026-03-01T06:55:12.380455Z",
            """ + MAIN_APPROVED + TRAVEL_DEPARTED + """
              "version": 11
            }""";

    // POST /api/v1/cases/{id}/arrival

    /** The caseworker confirms the arrival: the whole case, ARRIVED. */
    public static final String ARRIVED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "ARRIVED",
              "statusChangedAt": "2026-03-02T14:10:27.662190Z",
            """ + MAIN_APPROVED + TRAVEL_ARRIVED + """
              "version": 12
            }""";

    private static final String MISSION_BODY = """
              "countryOfReturn": "ET",
              "applicant": { "memberId": "6a2f8c14-5e3b-4d7a-9c1f-0b8e2d4a6f35", "givenName": "Testa",
                             "familyName": "Fiktivsen", "contact": { "phone": "+47 00 00 00 00" } },
              "household": [ { "memberId": "9d4b1e72-3a6c-4f8e-b205-c7e1a9f3d864", "relation": "CHILD",
                               "givenName": "Testo", "familyName": "Fiktivsen", "dateOfBirth": "2016-05-05" } ],
              "needsFound": [ { "category": "HOUSING", "description": "A room for the first months" },
                              { "category": "EDUCATION_OR_LIVELIHOOD", "description": "Tailoring course" } ],
              "reintegrationPlan": { "planId": "5b0f3c1e-7d1a-4c5e-9a51-2f1b8f0e6a11", "draftedOn": "2026-02-03" },
              "riskMitigations": ["Reception by the mission at the airport", "Housing in another town"],
            """;

    /** The mission in Ethiopia confirms the arrival: its view, without the asylum history or the UDI decision. */
    public static final String ARRIVED_MISSION = """
            {
              "view": "MISSION",
              "id": "3c9e5a71-8b2d-4f0e-a6c4-7d1b2e9f0a53",
              "status": "ARRIVED",
            """ + MISSION_BODY + """
              "version": 12
            }""";

    // GET /api/v1/cases/{id}, as the mission: departed

    public static final String MISSION_VIEW = """
            {
              "view": "MISSION",
              "id": "3c9e5a71-8b2d-4f0e-a6c4-7d1b2e9f0a53",
              "status": "DEPARTED",
            """ + MISSION_BODY + """
              "version": 11
            }""";

    // POST /api/v1/cases/{id}/closure

    public static final String CLOSED = "{\n" + MAIN_ID + VULNERABLE_GROUPS + """
              "status": "CLOSED",
              "statusChangedAt": "2026-03-10T08:30:14.025987Z",
            """ + MAIN_APPROVED + TRAVEL_ARRIVED + """
              "version": 13
            }""";

    // POST /api/v1/cases/{id}/withdrawal and /absconding: Testa Påhittad's case, before anything was prepared

    public static final String WITHDRAWN = PAHITTAD_HEAD + """
              "status": "WITHDRAWN",
              "statusChangedAt": "2026-02-15T09:12:40.551806Z",
            """ + PAHITTAD_BODY + """
              "version": 1
            }""";

    public static final String ABSCONDED = PAHITTAD_HEAD + """
              "status": "ABSCONDED",
              "statusChangedAt": "2026-02-20T15:03:22.918374Z",
            """ + PAHITTAD_BODY + """
              "version": 1
            }""";

    // PUT /api/v1/cases/{id}/family-tracing: an unaccompanied minor's case

    public static final String FAMILY_TRACED = """
            {
              "view": "CASEWORKER",
              "id": "e5a9c3f7-1b6d-4e2a-8c40-7d3b9f5e1a68",
              "office": "iom-oslo",
              "jurisdiction": "NO",
              "programme": "VULNERABLE_GROUPS",
              "status": "REGISTERED",
              "statusChangedAt": "2026-01-26T10:05:31.640218Z",
              "countryOfReturn": "ET",
              "registrationSource": "DIRECT",
              "registeredAt": "2026-01-26T10:05:31.640218Z",
              "applicant": {
                "memberId": "f8c2e6a0-4d9b-4a35-9e71-2b6d0a4c8e59",
                "givenName": "Testino", "familyName": "Fiktivsen", "dateOfBirth": "2010-04-04", "sex": "M",
                "nationality": "ET", "languages": ["am"], "interpreterNeeded": true, "identifiers": []
              },
              "household": [],
              "vulnerability": { "categories": ["UNACCOMPANIED_MINOR"], "reason": "Came to Norway alone at 14" },
              "consents": [
                { "id": "a4d8f2b6-0c5e-4b93-a7d1-6e0c4a8f2d75", "purpose": "SHARE_FOR_RETURN",
                  "recipient": "iom-mission-and-travel-providers", "givenOn": "2026-01-26", "source": "APPLICATION",
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-01-26T10:05:31.640218Z" }
              ],
              "udi": { "decisions": [] },
              "riskAssessments": [],
              "familyTracing": {
                "id": "3b7f1d5a-9c2e-4e86-b3a0-8d4f2b6c0e97",
                "value": {
                  "outcome": "FAMILY_FOUND",
                  "receiver": { "name": "Testina Fiktivsen", "relationToChild": "mother" },
                  "bestInterests": { "returnInChildsBestInterest": true, "decidedOn": "2026-02-05",
                                     "decidedBy": "Child welfare service (fictional)" },
                  "completedOn": "2026-02-04"
                },
                "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                "recordedAt": "2026-02-05T13:27:50.184662Z"
              },
              "travel": {},
              "version": 1
            }""";

    // UDI's view: POST /api/v1/cases/{id}/udi-decision, /une-appeal, /une-decision and GET as udi

    private static final String UDI_HEAD = """
              "view": "UDI",
              "id": "3c9e5a71-8b2d-4f0e-a6c4-7d1b2e9f0a53",
            """;

    private static final String UDI_BODY = """
              "programme": "VULNERABLE_GROUPS",
              "office": "iom-oslo",
              "countryOfReturn": "ET",
              "applicant": {
                "memberId": "6a2f8c14-5e3b-4d7a-9c1f-0b8e2d4a6f35", "givenName": "Testa", "familyName": "Fiktivsen",
                "dateOfBirth": "1990-01-01", "nationality": "ET",
                "identifiers": [ { "type": "DUF_NUMBER", "value": "200205705502", "check": "VALID" } ]
              },
              "household": [
                { "memberId": "9d4b1e72-3a6c-4f8e-b205-c7e1a9f3d864", "relation": "CHILD", "givenName": "Testo",
                  "familyName": "Fiktivsen", "dateOfBirth": "2016-05-05" }
              ],
              "signedApplication": { "signedOn": "2026-01-15", "attachments": 2, "source": "CASEWORKER",
                                     "recordedAt": "2026-01-15T10:02:11.204518Z" },
              "udiConsent":
            """ + UDI_CONSENT + """
            ,
              "eligibility": { "assessedOn": "2026-01-20", "eligible": true, "categoriesMet": ["MEDICAL_NEEDS"] },
              "submittedAt": "2026-01-22T08:15:40.093611Z",
            """;

    private static final String UDI_APPROVAL_DECISION = """
                { "id": "2c6f0a84-7e3b-4c19-a5d8-6b0e4f2a8c37",
                  "value": { "stage": "UDI", "outcome": "APPROVED", "decidedOn": "2026-02-10",
                             "legalBasis": "Utlendingsforskriften § 17-3a" },
                  "recordedBy": "udi-officer-0007", "recordedByOrg": "udi", "recordedAt": "2026-02-10T12:20:05.671448Z" }""";

    private static final String UDI_REJECTION_DECISION = """
                { "id": "9a3d7f1b-5e0c-4b68-8d24-1f7b3e9a5c06",
                  "value": { "stage": "UDI", "outcome": "REJECTED", "decidedOn": "2026-02-10",
                             "reason": "The applicant holds a residence permit",
                             "legalBasis": "Utlendingsforskriften § 17-3a" },
                  "recordedBy": "udi-officer-0007", "recordedByOrg": "udi", "recordedAt": "2026-02-10T12:20:05.671448Z" }""";

    private static final String UNE_DECISION = """
                { "id": "0d5b9f3e-7a1c-4d84-b6e2-3a9f5d1b7e40",
                  "value": { "stage": "UNE", "outcome": "APPROVED", "decidedOn": "2026-02-10",
                             "legalBasis": "Utlendingsforskriften § 17-3a" },
                  "recordedBy": "udi-officer-0007", "recordedByOrg": "udi", "recordedAt": "2026-03-04T10:48:36.207519Z" }""";

    /** UDI approved the case (the approval request example): UDI sees its decision in full. */
    public static final String UDI_DECIDED_APPROVED = "{\n" + UDI_HEAD + """
              "status": "UDI_APPROVED",
            """ + UDI_BODY + """
              "decisions": [
            """ + UDI_APPROVAL_DECISION + """

              ],
              "version": 8
            }""";

    /** UDI rejected the case (the rejection request example): the reason stays with UDI and the applicant. */
    public static final String UDI_DECIDED_REJECTED = "{\n" + UDI_HEAD + """
              "status": "UDI_REJECTED",
            """ + UDI_BODY + """
              "decisions": [
            """ + UDI_REJECTION_DECISION + """

              ],
              "version": 8
            }""";

    /** The rejection appealed to UNE on 2026-02-20. */
    public static final String UNE_APPEALED = "{\n" + UDI_HEAD + """
              "status": "APPEALED_TO_UNE",
            """ + UDI_BODY + """
              "decisions": [
            """ + UDI_REJECTION_DECISION + """

              ],
              "appealedOn": "2026-02-20",
              "version": 9
            }""";

    /** UNE overturned the rejection: approved, both decisions listed. */
    public static final String UNE_OVERTURNED = "{\n" + UDI_HEAD + """
              "status": "UDI_APPROVED",
            """ + UDI_BODY + """
              "decisions": [
            """ + UDI_REJECTION_DECISION + ",\n" + UNE_DECISION + """

              ],
              "appealedOn": "2026-02-20",
              "version": 10
            }""";

    // GET /api/v1/cases, one page per role

    public static final String PAGE_CASEWORKER = "{\n  \"items\": [\n" + CASEWORKER_VIEW + ",\n" + REGISTERED_UDI_STANDARD
            + """

              ],
              "page": 0,
              "size": 20,
              "totalItems": 2
            }""";

    public static final String PAGE_MISSION = "{\n  \"items\": [\n" + MISSION_VIEW + """

              ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    public static final String PAGE_UDI = "{\n  \"items\": [\n" + UDI_DECIDED_APPROVED + """

              ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    // GET /api/v1/cases/{id}/history

    private static final String HISTORY_STEPS = """
                { "at": "2026-01-12T09:30:00.412377Z", "step": "REGISTERED", "label": "Case registered",
                  "status": "REGISTERED", "actor": "caseworker-0042", "actorOrg": "iom-oslo" },
                { "at": "2026-01-15T10:02:11.204518Z", "step": "APPLICATION_SIGNED", "label": "Signed application recorded",
                  "status": "REGISTERED", "actor": "caseworker-0042", "actorOrg": "iom-oslo" },
                { "at": "2026-01-15T10:04:37.880912Z", "step": "CONSENT_RECORDED", "label": "Consent recorded",
                  "status": "REGISTERED", "actor": "caseworker-0042", "actorOrg": "iom-oslo", "note": "SHARE_WITH_UDI" },
                { "at": "2026-01-20T13:45:09.517230Z", "step": "ELIGIBILITY_ASSESSED", "label": "Eligibility assessed",
                  "from": "REGISTERED", "status": "ELIGIBILITY_ASSESSED", "actor": "caseworker-0042",
                  "actorOrg": "iom-oslo", "note": "Assessed with an interpreter" },
                { "at": "2026-01-22T08:15:40.093611Z", "step": "SUBMITTED_TO_UDI", "label": "Submitted to UDI",
                  "from": "ELIGIBILITY_ASSESSED", "status": "SUBMITTED_TO_UDI", "actor": "caseworker-0042",
                  "actorOrg": "iom-oslo" },
                { "at": "2026-02-01T14:02:33.418209Z", "step": "NEEDS_INVENTORIED", "label": "Needs inventory recorded",
                  "status": "SUBMITTED_TO_UDI", "actor": "caseworker-0042", "actorOrg": "iom-oslo" },
                { "at": "2026-02-02T10:31:57.206115Z", "step": "RISK_ASSESSED", "label": "Risk assessed",
                  "status": "SUBMITTED_TO_UDI", "actor": "caseworker-0042", "actorOrg": "iom-oslo", "note": "MEDIUM" },
                { "at": "2026-02-03T15:12:08.944731Z", "step": "PLAN_DRAFTED", "label": "Reintegration plan drafted",
                  "status": "SUBMITTED_TO_UDI", "actor": "caseworker-0042", "actorOrg": "iom-oslo" },
                { "at": "2026-02-10T12:20:05.671448Z", "step": "UDI_APPROVED", "label": "Approved by UDI",
                  "from": "SUBMITTED_TO_UDI", "status": "UDI_APPROVED", "actor": "udi-officer-0007", "actorOrg": "udi" }""";

    /** Testa Fiktivsen's case up to UDI's approval. */
    public static final String HISTORY = "[\n" + HISTORY_STEPS + "\n]";

    // POST /api/v1/cases/{id}/subject-export/udi-part

    /** UDI's part of the same request for a case UDI rejected and UNE approved on appeal: the decisions in full. */
    public static final String UDI_SUBJECT_EXPORT = """
            {
              "exportedAt": "2026-04-07T12:30:02.118406Z",
              "requestReference": "DPR-2026-0042",
              "caseId": "3c9e5a71-8b2d-4f0e-a6c4-7d1b2e9f0a53",
              "udiConsent":
            """ + UDI_CONSENT + """
            ,
              "submittedAt": "2026-01-21T08:30:11.402983Z",
              "decisions": [
            """ + UDI_REJECTION_DECISION + ",\n" + UNE_DECISION + """

              ],
              "appealedOn": "2026-02-20"
            }""";

    // POST /api/v1/cases/{id}/subject-export

    /** Testa Fiktivsen's access request after her case closed: everything IOM holds, UDI's decision as its outcome. */
    public static final String SUBJECT_EXPORT = """
            {
              "exportedAt": "2026-04-07T12:00:41.309552Z",
              "requestReference": "DPR-2026-0042",
              "caseFile":
            """ + CLOSED + """
            ,
              "eligibilityAssessments": [
                {
                  "id": "7b3e9f15-6c2a-4d80-9f4b-1a5c7e3d9b26",
                  "value": {
                    "input": {
                      "assessedOn": "2026-01-20",
                      "arrival": { "withoutParentOrLegalGuardian": false },
                      "medicalNeeds": { "extensiveFollowUpNeeded": true,
                                        "documentation": "Physician's statement of 2026-01-10" },
                      "note": "Assessed with an interpreter"
                    },
                    "ageOnAssessment": 36,
                    "ageEstimated": false,
                    "results": [
                      { "rule": "UNACCOMPANIED_MINOR", "met": false,
                        "reason": "18 or older on the assessment date (age 36)" },
                      { "rule": "AGED_OUT_MINOR", "met": false,
                        "reason": "not recorded as having arrived without a parent or legal guardian" },
                      { "rule": "VICTIM_OF_TRAFFICKING", "met": false,
                        "reason": "not identified as a victim of trafficking" },
                      { "rule": "MEDICAL_NEEDS", "met": true,
                        "reason": "a documented need of extensive medical follow-up" },
                      { "rule": "OTHER_VULNERABLE", "met": false, "reason": "no subtype found (violence, \
            exploitation, domestic violence, forced marriage, elderly without a family network)" }
                    ]
                  },
                  "recordedBy": "caseworker-0042", "recordedByOrg": "iom-oslo",
                  "recordedAt": "2026-01-20T13:45:09.517230Z"
                }
              ],
              "udiDecisions": [
                { "stage": "UDI", "outcome": "APPROVED", "decidedOn": "2026-02-10" }
              ],
              "history": [
            """ + HISTORY_STEPS + """
            ,
                { "at": "2026-02-12T09:40:21.530862Z", "step": "TRAVEL_ARRANGED", "label": "Travel arrangements recorded",
                  "status": "UDI_APPROVED", "actor": "caseworker-0042", "actorOrg": "iom-oslo", "note": "HELD" },
                { "at": "2026-02-13T11:05:49.117043Z", "step": "TRAVEL_SCHEDULED", "label": "Travel booked",
                  "from": "UDI_APPROVED", "status": "TRAVEL_PREPARATION", "actor": "caseworker-0042",
                  "actorOrg": "iom-oslo", "note": "TEST-0001" },
                { "at": "2026-03-01T06:55:12.380455Z", "step": "DEPARTED", "label": "Departed",
                  "from": "TRAVEL_PREPARATION", "status": "DEPARTED", "actor": "caseworker-0042", "actorOrg": "iom-oslo" },
                { "at": "2026-03-02T14:10:27.662190Z", "step": "ARRIVED", "label": "Arrived", "from": "DEPARTED",
                  "status": "ARRIVED", "actor": "mission-0031", "actorOrg": "iom-mission-et" },
                { "at": "2026-03-10T08:30:14.025987Z", "step": "CLOSED", "label": "Closed", "from": "ARRIVED",
                  "status": "CLOSED", "actor": "caseworker-0042", "actorOrg": "iom-oslo",
                  "note": "RETURN_COMPLETED: Handed over to the mission" },
                { "at": "2026-04-07T12:00:41.309552Z", "step": "SUBJECT_EXPORTED", "label": "Subject access export",
                  "status": "CLOSED", "actor": "dpo-0001", "actorOrg": "iom-oslo",
                  "note": "request DPR-2026-0042, identity verified by IOM Oslo reception (fictional)" }
              ],
              "accessLog": [
                { "at": "2026-01-12T09:30:00.412377Z", "org": "iom-oslo", "roles": "caseworker", "action": "create",
                  "outcome": "SUCCESS" },
                { "at": "2026-02-10T09:02:17.554031Z", "org": "udi", "roles": "udi", "action": "read",
                  "outcome": "SUCCESS" },
                { "at": "2026-03-02T14:10:27.662190Z", "org": "iom-mission-et", "roles": "mission", "action": "update",
                  "outcome": "SUCCESS" },
                { "at": "2026-03-10T08:30:14.025987Z", "org": "iom-oslo", "roles": "caseworker", "action": "update",
                  "outcome": "SUCCESS" }
              ]
            }""";
}

package dev.avrr.monitoring;

/**
 * Response examples of the OpenAPI document: what each operation answers, per route and per role that calls it.
 * The examples follow a few fictional returnees, known to monitoring by ids and codes only, never by name, around
 * the day of the request examples (2025-06-02):
 * <ul>
 * <li>a Swedish return to Eritrea (the Swedish route, docs/domain.md#the-swedish-route: office iom-helsinki, the mission iom-er): arrival meeting on
 * 2025-05-19, the month-1 visit of the contact example on 2025-06-02, a baseline and a follow-up survey, and the
 * returnee's feedback, forwarded with consent;</li>
 * <li>a Norwegian family returned to Eritrea under the vulnerable-groups programme (iom-oslo), which declines
 * further monitoring on 2025-06-02;</li>
 * <li>a Norwegian return to Nigeria under the victims-of-trafficking programme (iom-oslo, the mission iom-ng),
 * whose phone call of 2025-06-02 raises the protection alert of the alert example.</li>
 * </ul>
 * Null fields are omitted, as the service answers; times are UTC.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    // The Swedish returnee to Eritrea.

    /** The returnee as case-service's events describe it: codes and dates, no person. */
    private static final String SE_RETURNEE = """
                "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                "referralId": "9c4a2e71-5d3b-4f86-a1e9-7b0d3c6f2e58",
                "office": "iom-helsinki",
                "countryOfReturn": "ER",
                "jurisdiction": "SE",
                "programme": "SWEDISH_AVRR",
                "status": "ACTIVE",
                "arrivalDate": "2025-05-19",
                "category": "ADULT",
                "householdSize": 1,
                "registeredAt": "2025-03-10T10:04:12.538201Z",
                "startedAt": "2025-05-19T09:12:44.271905Z\"""";

    // GET /api/v1/monitoring/cases

    /** The mission in Eritrea: its country's returnees, latest arrival first, without their plans. */
    public static final String CASES_MISSION = """
            {
              "items": [
                {
            """ + SE_RETURNEE + """
            ,
                  "lastContactOn": "2025-06-02",
                  "version": 7
                },
                {
                  "caseId": "3f8b2d6e-1c9a-4e74-b0d5-9e2a7c4f8b16",
                  "referralId": "2a6e0c84-5f9b-4d31-8e7a-4c1f9b5d3e62",
                  "office": "iom-oslo",
                  "countryOfReturn": "ER",
                  "jurisdiction": "NO",
                  "programme": "VULNERABLE_GROUPS",
                  "status": "ACTIVE",
                  "arrivalDate": "2025-04-14",
                  "category": "FAMILY",
                  "householdSize": 3,
                  "registeredAt": "2025-02-03T13:27:51.904316Z",
                  "startedAt": "2025-04-14T07:55:18.630472Z",
                  "lastContactOn": "2025-05-12",
                  "version": 6
                }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 2
            }""";

    /** IOM Helsinki's caseworker: its office's cases, one still awaiting the return (no arrival, no plan yet). */
    public static final String CASES_CASEWORKER = """
            {
              "items": [
                {
            """ + SE_RETURNEE + """
            ,
                  "lastContactOn": "2025-06-02",
                  "version": 7
                },
                {
                  "caseId": "0d5a9e3c-7f1b-4b86-a2c4-9e6d1b5f3a08",
                  "referralId": "6c0e4a82-1d7f-4e39-b5a6-3f9c2e8d0b71",
                  "office": "iom-helsinki",
                  "countryOfReturn": "ER",
                  "jurisdiction": "SE",
                  "programme": "SWEDISH_AVRR",
                  "status": "AWAITING_RETURN",
                  "registeredAt": "2025-05-26T08:41:06.215739Z",
                  "version": 0
                }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 2
            }""";

    // GET /api/v1/monitoring/cases/{caseId}

    /** The Swedish returnee after the visit of 2025-06-02: the arrival meeting and month 1 fulfilled. */
    public static final String CASE_ACTIVE = """
            {
            """ + SE_RETURNEE + """
            ,
              "lastContactOn": "2025-06-02",
              "version": 7,
              "plan": [
                { "id": "f3a8c1d6-2e5b-4a97-8c04-1d6e9b3f5a27", "position": 1,
                  "label": "Återintegrationsstöd: meeting on arrival", "opensOn": "2025-05-19", "dueDate": "2025-05-19",
                  "status": "FULFILLED", "fulfilledBy": "5e3b9d17-7a4c-4f2e-8b61-9d0a3c5e7f42" },
                { "id": "0c7e5b29-8d4a-4f13-b6e1-5a9c2d7f3e84", "position": 2, "label": "Uppföljning: month 1",
                  "opensOn": "2025-05-19", "dueDate": "2025-06-19", "status": "FULFILLED",
                  "fulfilledBy": "b2f6a8d4-0e3c-4d71-9a5b-3e7c1f9d5a68" },
                { "id": "8e2d6a4f-1b7c-4e59-9d30-6f4a8c2e1b75", "position": 3, "label": "Uppföljning: month 2",
                  "opensOn": "2025-06-19", "dueDate": "2025-07-19", "status": "DUE" },
                { "id": "4a9f3c7e-6d2b-4b18-a5e7-2c8d0f6a9e31", "position": 4, "label": "Uppföljning: month 3",
                  "opensOn": "2025-07-19", "dueDate": "2025-08-19", "status": "DUE" }
              ]
            }""";

    // POST /api/v1/monitoring/cases/{caseId}/items/{itemId}/missed

    /** The mission could not reach the returnee for month 2 (overdue since 2025-07-20) and closes it as missed. */
    public static final String CASE_ITEM_MISSED = """
            {
            """ + SE_RETURNEE + """
            ,
              "lastContactOn": "2025-06-02",
              "version": 12,
              "plan": [
                { "id": "f3a8c1d6-2e5b-4a97-8c04-1d6e9b3f5a27", "position": 1,
                  "label": "Återintegrationsstöd: meeting on arrival", "opensOn": "2025-05-19", "dueDate": "2025-05-19",
                  "status": "FULFILLED", "fulfilledBy": "5e3b9d17-7a4c-4f2e-8b61-9d0a3c5e7f42" },
                { "id": "0c7e5b29-8d4a-4f13-b6e1-5a9c2d7f3e84", "position": 2, "label": "Uppföljning: month 1",
                  "opensOn": "2025-05-19", "dueDate": "2025-06-19", "status": "FULFILLED",
                  "fulfilledBy": "b2f6a8d4-0e3c-4d71-9a5b-3e7c1f9d5a68" },
                { "id": "8e2d6a4f-1b7c-4e59-9d30-6f4a8c2e1b75", "position": 3, "label": "Uppföljning: month 2",
                  "opensOn": "2025-06-19", "dueDate": "2025-07-19", "status": "MISSED", "overdueSince": "2025-07-20" },
                { "id": "4a9f3c7e-6d2b-4b18-a5e7-2c8d0f6a9e31", "position": 4, "label": "Uppföljning: month 3",
                  "opensOn": "2025-07-19", "dueDate": "2025-08-19", "status": "DUE" }
              ]
            }""";

    // GET /api/v1/monitoring/overdue-items

    /** The mission in Eritrea on 2025-08-04: month 2 of the Swedish returnee, 16 days past due. */
    public static final String OVERDUE_ITEMS = """
            {
              "items": [
                {
                  "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "itemId": "8e2d6a4f-1b7c-4e59-9d30-6f4a8c2e1b75",
                  "countryOfReturn": "ER",
                  "office": "iom-helsinki",
                  "label": "Uppföljning: month 2",
                  "dueDate": "2025-07-19",
                  "overdueSince": "2025-07-20",
                  "daysOverdue": 16
                }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    // POST /api/v1/monitoring/cases/{caseId}/consent-withdrawal

    /**
     * The Norwegian family declines further monitoring on 2025-06-02 (the request example): the arrival contact
     * and month 1 were fulfilled, every open item is cancelled, and the monitoring has ended early.
     */
    public static final String CASE_ENDED_EARLY = """
            {
              "caseId": "3f8b2d6e-1c9a-4e74-b0d5-9e2a7c4f8b16",
              "referralId": "2a6e0c84-5f9b-4d31-8e7a-4c1f9b5d3e62",
              "office": "iom-oslo",
              "countryOfReturn": "ER",
              "jurisdiction": "NO",
              "programme": "VULNERABLE_GROUPS",
              "status": "ENDED_EARLY",
              "arrivalDate": "2025-04-14",
              "category": "FAMILY",
              "householdSize": 3,
              "registeredAt": "2025-02-03T13:27:51.904316Z",
              "startedAt": "2025-04-14T07:55:18.630472Z",
              "endedAt": "2025-06-02T15:10:37.482951Z",
              "lastContactOn": "2025-05-12",
              "version": 8,
              "plan": [
                { "id": "24dc0f48-4e7a-4b8e-ab56-c3dec404b385", "position": 1, "label": "Arrival contact",
                  "opensOn": "2025-04-14", "dueDate": "2025-04-21", "status": "FULFILLED",
                  "fulfilledBy": "c8ee801a-24c1-4b0d-97b8-ae16861205b0" },
                { "id": "9a4935bf-41eb-4bb0-be92-6cf5339f8a1f", "position": 2, "label": "During reintegration: month 1",
                  "opensOn": "2025-04-21", "dueDate": "2025-05-14", "status": "FULFILLED",
                  "fulfilledBy": "163a1f96-94f9-403c-84b5-13fc53d04792" },
                { "id": "3c9e7843-f881-4502-9049-bb9cc72b996c", "position": 3, "label": "During reintegration: month 2",
                  "opensOn": "2025-05-14", "dueDate": "2025-06-14", "status": "CANCELLED" },
                { "id": "cf6cc32c-fc9b-47e9-84a5-8fcaa0d8a8cd", "position": 4, "label": "During reintegration: month 3",
                  "opensOn": "2025-06-14", "dueDate": "2025-07-14", "status": "CANCELLED" },
                { "id": "b10d2bba-dbed-4216-9c90-6a0dab841d0d", "position": 5, "label": "During reintegration: month 4",
                  "opensOn": "2025-07-14", "dueDate": "2025-08-14", "status": "CANCELLED" },
                { "id": "571eac25-d7f1-4f04-94c3-bf65f864549e", "position": 6, "label": "During reintegration: month 5",
                  "opensOn": "2025-08-14", "dueDate": "2025-09-14", "status": "CANCELLED" },
                { "id": "38f681d7-f8f6-4a82-9a6b-67c252daa647", "position": 7, "label": "During reintegration: month 6",
                  "opensOn": "2025-09-14", "dueDate": "2025-10-14", "status": "CANCELLED" },
                { "id": "05905fb2-6f47-420e-92a7-af2fee4bde70", "position": 8, "label": "After reintegration: month 9",
                  "opensOn": "2025-10-14", "dueDate": "2026-01-14", "status": "CANCELLED" },
                { "id": "512c2a6b-bf47-4842-bb5b-f038270ac78e", "position": 9, "label": "After reintegration: month 12",
                  "opensOn": "2026-01-14", "dueDate": "2026-04-14", "status": "CANCELLED" }
              ]
            }""";

    // GET /api/v1/monitoring/cases/{caseId}/consents

    /** The Swedish returnee's consents to forward two pieces of feedback to IOM Helsinki. */
    public static final String CONSENTS_FEEDBACK = """
            [
              { "purpose": "FEEDBACK_FORWARDING", "recipient": "iom-helsinki",
                "feedbackId": "d4a8e2c6-9f1b-4d57-a3c8-5b9f1e7d3a46", "decision": "GIVEN", "declaredOn": "2025-06-02",
                "language": "ti", "takenBy": "officer-0317", "takenByOrg": "iom-er",
                "recordedAt": "2025-06-02T14:41:26.093518Z" },
              { "purpose": "FEEDBACK_FORWARDING", "recipient": "iom-helsinki",
                "feedbackId": "1e5c9a3f-7b2d-4f68-9c14-8a3e6d0b2f57", "decision": "GIVEN", "declaredOn": "2025-06-02",
                "language": "ti", "takenBy": "officer-0317", "takenByOrg": "iom-er",
                "recordedAt": "2025-06-02T14:52:03.716240Z" }
            ]""";

    /** The Norwegian family's withdrawal of its consent to monitoring by the mission in Eritrea. */
    public static final String CONSENTS_MONITORING_WITHDRAWN = """
            [
              { "purpose": "MONITORING", "recipient": "mission:ER", "decision": "WITHDRAWN", "declaredOn": "2025-06-02",
                "language": "ti", "takenBy": "officer-0317", "takenByOrg": "iom-er",
                "recordedAt": "2025-06-02T15:10:37.482951Z" }
            ]""";

    // POST and GET /api/v1/monitoring/cases/{caseId}/contacts

    /** The visit of the request example: it fulfils month 1; the mission reads its wellbeing notes back. */
    public static final String CONTACT_VISIT = """
            {
              "id": "b2f6a8d4-0e3c-4d71-9a5b-3e7c1f9d5a68",
              "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
              "contactedOn": "2025-06-02",
              "mode": "VISIT",
              "reached": true,
              "planProgress": "ON_TRACK",
              "grantUse": "AS_PLANNED",
              "wellbeingNotes": "Settled with an aunt; attends the tailoring course",
              "madeBy": "officer-0317",
              "madeByOrg": "iom-er",
              "recordedAt": "2025-06-02T14:37:21.604118Z",
              "fulfilledItem": "0c7e5b29-8d4a-4f13-b6e1-5a9c2d7f3e84",
              "alerts": []
            }""";

    /** The call of the alert request example: it fulfils the arrival contact and raises one protection alert. */
    public static final String CONTACT_ALERT = """
            {
              "id": "e9c3a7f5-4d1b-4e28-8a6c-0f5b9d3e7a14",
              "caseId": "8a4c0e6b-2f7d-4a95-b1c3-6e9d4a8f2c70",
              "contactedOn": "2025-06-02",
              "mode": "PHONE",
              "reached": true,
              "planProgress": "DELAYED",
              "grantUse": "NOT_YET_RECEIVED",
              "madeBy": "officer-0522",
              "madeByOrg": "iom-ng",
              "recordedAt": "2025-06-02T11:26:40.518337Z",
              "fulfilledItem": "2b6f0d48-9a3e-4c17-b5d9-8e1c4a7f2d63",
              "alerts": ["a7e1c5f9-3b8d-4a62-9e04-6c2a8f1d5b37"]
            }""";

    /** The mission in Eritrea: the Swedish returnee's contacts, latest first, with the wellbeing notes. */
    public static final String CONTACTS_MISSION = """
            {
              "items": [
                { "id": "b2f6a8d4-0e3c-4d71-9a5b-3e7c1f9d5a68", "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "contactedOn": "2025-06-02", "mode": "VISIT", "reached": true, "planProgress": "ON_TRACK",
                  "grantUse": "AS_PLANNED", "wellbeingNotes": "Settled with an aunt; attends the tailoring course",
                  "madeBy": "officer-0317", "madeByOrg": "iom-er", "recordedAt": "2025-06-02T14:37:21.604118Z",
                  "fulfilledItem": "0c7e5b29-8d4a-4f13-b6e1-5a9c2d7f3e84", "alerts": [] },
                { "id": "5e3b9d17-7a4c-4f2e-8b61-9d0a3c5e7f42", "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "contactedOn": "2025-05-19", "mode": "VISIT", "reached": true, "planProgress": "NOT_STARTED",
                  "grantUse": "NOT_YET_RECEIVED", "wellbeingNotes": "Tired after the journey; staying with an aunt in Asmara",
                  "madeBy": "officer-0317", "madeByOrg": "iom-er", "recordedAt": "2025-05-19T15:48:09.362114Z",
                  "fulfilledItem": "f3a8c1d6-2e5b-4a97-8c04-1d6e9b3f5a27", "alerts": [] }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 2
            }""";

    /** IOM Helsinki's caseworker: the same contacts without the wellbeing notes (need to know). */
    public static final String CONTACTS_CASEWORKER = """
            {
              "items": [
                { "id": "b2f6a8d4-0e3c-4d71-9a5b-3e7c1f9d5a68", "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "contactedOn": "2025-06-02", "mode": "VISIT", "reached": true, "planProgress": "ON_TRACK",
                  "grantUse": "AS_PLANNED", "madeBy": "officer-0317", "madeByOrg": "iom-er",
                  "recordedAt": "2025-06-02T14:37:21.604118Z", "fulfilledItem": "0c7e5b29-8d4a-4f13-b6e1-5a9c2d7f3e84",
                  "alerts": [] },
                { "id": "5e3b9d17-7a4c-4f2e-8b61-9d0a3c5e7f42", "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "contactedOn": "2025-05-19", "mode": "VISIT", "reached": true, "planProgress": "NOT_STARTED",
                  "grantUse": "NOT_YET_RECEIVED", "madeBy": "officer-0317", "madeByOrg": "iom-er",
                  "recordedAt": "2025-05-19T15:48:09.362114Z", "fulfilledItem": "f3a8c1d6-2e5b-4a97-8c04-1d6e9b3f5a27",
                  "alerts": [] }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 2
            }""";

    // Protection alerts: the one raised by the call to the Norwegian returnee in Nigeria.

    private static final String ALERT_HEAD = """
              "id": "a7e1c5f9-3b8d-4a62-9e04-6c2a8f1d5b37",
              "caseId": "8a4c0e6b-2f7d-4a95-b1c3-6e9d4a8f2c70",
              "contactId": "e9c3a7f5-4d1b-4e28-8a6c-0f5b9d3e7a14",
              "office": "iom-oslo",
              "countryOfReturn": "NG",
              "kind": "RE_TRAFFICKING_RISK",
            """;

    private static final String ALERT_RAISED_STEP = """
                { "step": "RAISED", "status": "OPEN", "at": "2025-06-02T11:26:40.527104Z", "actorOrg": "iom-ng" }""";

    private static final String ALERT_ACKNOWLEDGED_STEP = """
                { "step": "ACKNOWLEDGED", "status": "ACKNOWLEDGED", "at": "2025-06-02T12:03:17.840265Z",
                  "actorOrg": "iom-oslo" }""";

    // GET /api/v1/monitoring/alerts

    /** IOM Oslo's caseworker (or the mission in Nigeria): the open alert, without details or steps. */
    public static final String ALERTS = """
            {
              "items": [
                {
              """ + ALERT_HEAD + """
                  "status": "OPEN",
                  "raisedAt": "2025-06-02T11:26:40.527104Z",
                  "raisedByOrg": "iom-ng",
                  "version": 0
                }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    // GET /api/v1/monitoring/alerts/{alertId}

    /** The alert read on its own, just raised: with its details and its first step. */
    public static final String ALERT_OPEN = """
            {
            """ + ALERT_HEAD + """
              "status": "OPEN",
              "raisedAt": "2025-06-02T11:26:40.527104Z",
              "raisedByOrg": "iom-ng",
              "version": 0,
              "details": "Recruiter seen near the home",
              "steps": [
            """ + ALERT_RAISED_STEP + """

              ]
            }""";

    // POST /api/v1/monitoring/alerts/{alertId}/acknowledgement

    /** IOM Oslo has the alert in hand. */
    public static final String ALERT_ACKNOWLEDGED = """
            {
            """ + ALERT_HEAD + """
              "status": "ACKNOWLEDGED",
              "raisedAt": "2025-06-02T11:26:40.527104Z",
              "raisedByOrg": "iom-ng",
              "version": 1,
              "details": "Recruiter seen near the home",
              "steps": [
            """ + ALERT_RAISED_STEP + ",\n" + ALERT_ACKNOWLEDGED_STEP + """

              ]
            }""";

    // POST /api/v1/monitoring/alerts/{alertId}/resolution

    /** Resolved with the note of the request example. */
    public static final String ALERT_RESOLVED = """
            {
            """ + ALERT_HEAD + """
              "status": "RESOLVED",
              "raisedAt": "2025-06-02T11:26:40.527104Z",
              "raisedByOrg": "iom-ng",
              "version": 2,
              "details": "Recruiter seen near the home",
              "steps": [
            """ + ALERT_RAISED_STEP + ",\n" + ALERT_ACKNOWLEDGED_STEP + """
            ,
                { "step": "RESOLVED", "status": "RESOLVED", "at": "2025-06-04T08:30:52.196478Z", "actorOrg": "iom-oslo",
                  "note": "Referred to the local shelter partner; safe accommodation arranged" }
              ]
            }""";

    // Returnee feedback: the Swedish returnee's.

    private static final String FEEDBACK_FORWARDED_HEAD = """
              "id": "d4a8e2c6-9f1b-4d57-a3c8-5b9f1e7d3a46",
              "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
              "office": "iom-helsinki",
              "countryOfReturn": "ER",
              "receivedOn": "2025-06-02",
              "language": "ti",
            """;

    private static final String FEEDBACK_TEXT = """
              "text": "The course is good; thank you to the people in Stockholm",
            """;

    private static final String FEEDBACK_RECORDED = """
              "recordedByOrg": "iom-er",
              "recordedAt": "2025-06-02T14:41:26.087342Z",
            """;

    // POST /api/v1/monitoring/cases/{caseId}/feedback and GET /api/v1/monitoring/feedback/{feedbackId}

    /** The feedback of the request example, forwarded at once with the returnee's consent. */
    public static final String FEEDBACK_FORWARDED = "{\n" + FEEDBACK_FORWARDED_HEAD + FEEDBACK_TEXT + """
              "status": "FORWARDED",
              "forwardedAt": "2025-06-02T14:41:26.093518Z",
            """ + FEEDBACK_RECORDED + """
              "version": 0
            }""";

    private static final String FEEDBACK_ARRIVAL_KEPT = """
                { "id": "1e5c9a3f-7b2d-4f68-9c14-8a3e6d0b2f57", "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "office": "iom-helsinki", "countryOfReturn": "ER", "receivedOn": "2025-05-19", "language": "ti",
                  "text": "The journey went well and the meeting at the airport helped", "status": "KEPT",
                  "recordedByOrg": "iom-er", "recordedAt": "2025-05-19T15:51:44.208613Z", "version": 0 }""";

    // GET /api/v1/monitoring/feedback

    /** The mission in Eritrea: all of its returnees' feedback, forwarded or kept. */
    public static final String FEEDBACK_LIST_MISSION = """
            {
              "items": [
                {
            """ + FEEDBACK_FORWARDED_HEAD + FEEDBACK_TEXT + """
                  "status": "FORWARDED",
                  "forwardedAt": "2025-06-02T14:41:26.093518Z",
            """ + FEEDBACK_RECORDED + """
                  "version": 0
                },
            """ + FEEDBACK_ARRIVAL_KEPT + """

              ],
              "page": 0,
              "size": 20,
              "totalItems": 2
            }""";

    /** IOM Helsinki's caseworker: only what is forwarded to it with consent. */
    public static final String FEEDBACK_LIST_CASEWORKER = """
            {
              "items": [
                {
            """ + FEEDBACK_FORWARDED_HEAD + FEEDBACK_TEXT + """
                  "status": "FORWARDED",
                  "forwardedAt": "2025-06-02T14:41:26.093518Z",
            """ + FEEDBACK_RECORDED + """
                  "version": 0
                }
              ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    // POST /api/v1/monitoring/feedback/{feedbackId}/forwarding

    /** The feedback kept at the arrival meeting, forwarded once the returnee consents on 2025-06-02. */
    public static final String FEEDBACK_FORWARDED_LATER = """
            {
              "id": "1e5c9a3f-7b2d-4f68-9c14-8a3e6d0b2f57",
              "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
              "office": "iom-helsinki",
              "countryOfReturn": "ER",
              "receivedOn": "2025-05-19",
              "language": "ti",
              "text": "The journey went well and the meeting at the airport helped",
              "status": "FORWARDED",
              "forwardedAt": "2025-06-02T14:52:03.716240Z",
              "recordedByOrg": "iom-er",
              "recordedAt": "2025-05-19T15:51:44.208613Z",
              "version": 1
            }""";

    // POST /api/v1/monitoring/feedback/{feedbackId}/consent-withdrawal

    /** The mission records the withdrawal: the feedback is kept again, and it still reads the text. */
    public static final String FEEDBACK_WITHDRAWN_MISSION = "{\n" + FEEDBACK_FORWARDED_HEAD + FEEDBACK_TEXT + """
              "status": "KEPT",
            """ + FEEDBACK_RECORDED + """
              "version": 1
            }""";

    /** The office's caseworker records the withdrawal: it no longer reads the text. */
    public static final String FEEDBACK_WITHDRAWN_CASEWORKER = "{\n" + FEEDBACK_FORWARDED_HEAD + """
              "status": "KEPT",
            """ + FEEDBACK_RECORDED + """
              "version": 1
            }""";

    // Sustainability surveys: the Swedish returnee's baseline and the follow-up of the request example.

    private static final String BASELINE_SCORES = """
            { "economic": 0.300, "social": 0.550, "psychosocial": 0.450, "composite": 0.433 }""";

    private static final String FOLLOW_UP_SCORES = """
            { "economic": 0.550, "social": 0.700, "psychosocial": 0.650, "composite": 0.633 }""";

    private static final String BASELINE = """
                {
                  "id": "c5d9e3a1-4b7f-4c26-8e0d-7a2f6b4c9d13",
                  "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "kind": "BASELINE",
                  "takenOn": "2025-05-12",
                  "weightsVersion": 1,
                  "scores": """ + BASELINE_SCORES + """
            ,
                  "recordedByOrg": "iom-helsinki",
                  "recordedAt": "2025-05-12T12:18:33.650927Z"
                }""";

    private static final String FOLLOW_UP = """
                {
                  "id": "7f1c5a9e-2d6b-4e83-b4a0-1c8e5d3f7b29",
                  "caseId": "6b1e4d8a-3f29-4c75-9a0e-2d8c5f7b1a93",
                  "kind": "FOLLOW_UP",
                  "takenOn": "2025-06-02",
                  "weightsVersion": 1,
                  "scores": """ + FOLLOW_UP_SCORES + """
            ,
                  "comparedWithBaseline": {
                    "baselineId": "c5d9e3a1-4b7f-4c26-8e0d-7a2f6b4c9d13",
                    "weightsVersion": 1,
                    "baseline": """ + BASELINE_SCORES + """
            ,
                    "change": { "economic": 0.250, "social": 0.150, "psychosocial": 0.200, "composite": 0.200 }
                  },
                  "recordedByOrg": "iom-er",
                  "recordedAt": "2025-06-02T14:45:12.931806Z"
                }""";

    // POST /api/v1/monitoring/cases/{caseId}/surveys

    /** The follow-up of the request example, scored with version 1 (equal weights) and compared with the baseline. */
    public static final String SURVEY_FOLLOW_UP = FOLLOW_UP;

    // GET /api/v1/monitoring/cases/{caseId}/surveys

    /** The baseline taken by IOM Helsinki before the return, and the mission's follow-up. */
    public static final String SURVEYS = "[\n" + BASELINE + ",\n" + FOLLOW_UP + "\n]";

    // GET /api/v1/monitoring/cases/{caseId}/surveys/{surveyId}/scores

    /** The follow-up as it was scored: with version 1. */
    public static final String SCORES_AS_RECORDED = """
            {
              "surveyId": "7f1c5a9e-2d6b-4e83-b4a0-1c8e5d3f7b29",
              "weightsVersion": 1,
              "asRecorded": true,
              "scores": """ + FOLLOW_UP_SCORES + """

            }""";

    /** The same follow-up recomputed with version 2 of the weights example, where the economic dimension weighs double. */
    public static final String SCORES_RECOMPUTED = """
            {
              "surveyId": "7f1c5a9e-2d6b-4e83-b4a0-1c8e5d3f7b29",
              "weightsVersion": 2,
              "asRecorded": false,
              "scores": { "economic": 0.550, "social": 0.700, "psychosocial": 0.650, "composite": 0.613 }
            }""";

    // GET /api/v1/monitoring/sustainability/scheme and POST /api/v1/monitoring/sustainability/weights

    private static final String ECONOMIC_INDICATORS = """
                  "indicators": [
                    { "code": "ECO_INCOME", "question": "Income or livelihood covers basic needs",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "ECO_WORK", "question": "Satisfied with current work, business or training",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "ECO_DEBT", "question": "Manages without borrowing for basic needs",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "ECO_FOOD", "question": "Enough food for the household",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "ECO_SAVINGS", "question": "Access to savings, credit or productive assets",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 }
                  ]
            """;

    private static final String SOCIAL_INDICATORS = """
                  "indicators": [
                    { "code": "SOC_HOUSING", "question": "Adequate housing",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "SOC_HEALTH_CARE", "question": "Access to health care when needed",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "SOC_EDUCATION", "question": "Access to education or training (self or children)",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "SOC_DOCUMENTS", "question": "Has the identity documents needed",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "SOC_SERVICES", "question": "Access to water, sanitation and public services",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 }
                  ]
            """;

    private static final String PSYCHOSOCIAL_INDICATORS = """
                  "indicators": [
                    { "code": "PSY_NETWORK", "question": "Can rely on family or friends for support",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "PSY_PARTICIPATION", "question": "Takes part in community life",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "PSY_BELONGING", "question": "Feels accepted, without discrimination",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "PSY_SAFETY", "question": "Feels physically safe",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 },
                    { "code": "PSY_WELLBEING", "question": "Free of persistent distress",
                      "scaleMin": 1, "scaleMax": 5, "weight": 1.000 }
                  ]
            """;

    /** Version 1, valid since the service began: every indicator and every dimension weighs the same. */
    public static final String SCHEME_EQUAL = """
            {
              "version": 1,
              "validFrom": "2000-01-01",
              "note": "Equal weights: each indicator within its dimension, each dimension in the composite",
              "dimensions": [
                { "dimension": "ECONOMIC", "weight": 1.000,
            """ + ECONOMIC_INDICATORS + """
                },
                { "dimension": "SOCIAL", "weight": 1.000,
            """ + SOCIAL_INDICATORS + """
                },
                { "dimension": "PSYCHOSOCIAL", "weight": 1.000,
            """ + PSYCHOSOCIAL_INDICATORS + """
                }
              ]
            }""";

    /** Version 2, published from the weights request example: the economic dimension weighs double from 2099. */
    public static final String SCHEME_ECONOMIC_DOUBLE = """
            {
              "version": 2,
              "validFrom": "2099-01-01",
              "note": "Economic dimension weighs double",
              "dimensions": [
                { "dimension": "ECONOMIC", "weight": 2.000,
            """ + ECONOMIC_INDICATORS + """
                },
                { "dimension": "SOCIAL", "weight": 1.000,
            """ + SOCIAL_INDICATORS + """
                },
                { "dimension": "PSYCHOSOCIAL", "weight": 1.000,
            """ + PSYCHOSOCIAL_INDICATORS + """
                }
              ]
            }""";

    // GET /api/v1/monitoring/statistics

    /**
     * The returns that arrived in 2025 by country: counts of 1 to 4 shown as "<5", a figure that would reveal one
     * in some month as "suppressed", every alert kind and every score band present, 0 where none.
     */
    public static final String STATISTICS_BY_COUNTRY = """
            {
              "period": "2025",
              "groupBy": "COUNTRY",
              "smallCellThreshold": 5,
              "groups": [
                {
                  "group": "ER",
                  "returnsMonitored": "23",
                  "followUps": { "onTime": "61", "late": "9", "overdue": "<5", "missed": "<5" },
                  "alertsByKind": { "RE_TRAFFICKING_RISK": "0", "VIOLENCE": "<5", "MEDICAL_EMERGENCY": "<5",
                                    "CHILD_WITHOUT_CARE": "0" },
                  "latestScores": {
                    "composite": { "0.0-0.2": "0", "0.2-0.4": "<5", "0.4-0.6": "7", "0.6-0.8": "9", "0.8-1.0": "<5" },
                    "economic": { "0.0-0.2": "<5", "0.2-0.4": "5", "0.4-0.6": "8", "0.6-0.8": "<5", "0.8-1.0": "0" },
                    "social": { "0.0-0.2": "0", "0.2-0.4": "<5", "0.4-0.6": "6", "0.6-0.8": "10", "0.8-1.0": "<5" },
                    "psychosocial": { "0.0-0.2": "0", "0.2-0.4": "<5", "0.4-0.6": "9", "0.6-0.8": "7", "0.8-1.0": "<5" }
                  }
                },
                {
                  "group": "NG",
                  "returnsMonitored": "12",
                  "followUps": { "onTime": "27", "late": "6", "overdue": "<5", "missed": "0" },
                  "alertsByKind": { "RE_TRAFFICKING_RISK": "<5", "VIOLENCE": "0", "MEDICAL_EMERGENCY": "0",
                                    "CHILD_WITHOUT_CARE": "0" },
                  "latestScores": {
                    "composite": { "0.0-0.2": "0", "0.2-0.4": "<5", "0.4-0.6": "5", "0.6-0.8": "<5", "0.8-1.0": "0" },
                    "economic": { "0.0-0.2": "<5", "0.2-0.4": "<5", "0.4-0.6": "<5", "0.6-0.8": "0", "0.8-1.0": "0" },
                    "social": { "0.0-0.2": "0", "0.2-0.4": "<5", "0.4-0.6": "<5", "0.6-0.8": "<5", "0.8-1.0": "0" },
                    "psychosocial": { "0.0-0.2": "0", "0.2-0.4": "<5", "0.4-0.6": "5", "0.6-0.8": "<5", "0.8-1.0": "0" }
                  }
                }
              ]
            }""";
}

package dev.avrr.grant;

/**
 * Response examples of the OpenAPI document: what each operation answers, per route and per view (a disbursement's
 * payee, decision and reversal reasons and payment reference for mission and finance only; a conversion's reason for
 * mission and caseworker only). Null fields are left out, as the service writes them.
 *
 * <p>The examples follow one fictional case of the victims of trafficking programme (version 1, the seeded one),
 * registered by the Oslo office ({@code iom-oslo}) for a return to Ethiopia ({@code iom-mission-et}): the applicant
 * and her child each have an entitlement. With the returnee, the mission converts NOK 3,000 of accommodation to the
 * education category, drafts a tailoring plan that the caseworker approves, records a physician's statement, and
 * requests the course fees of the plan's first line, which finance approves and the mission pays in birr. The
 * request examples of the resources are these steps' requests. The actors are pseudonymous user ids: the mission's
 * {@code user-2041}, the caseworker's {@code user-1202}, finance's {@code user-3107} and {@code user-3110}.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    // The programme catalogue, as seeded (V3__seed_programmes.sql) and as the admin's example adds to it.

    private static final String SWEDISH_AVRR_V1 = """
            {
              "programme": "SWEDISH_AVRR", "version": 1, "validFrom": "2015-01-01", "currency": "NOK",
              "allocationTrigger": "CASE_APPROVED", "beneficiaries": "APPLICANT_AND_CHILDREN",
              "categories": [
                {"code": "ACCOMMODATION", "label": "Accommodation", "kind": "ACCOMMODATION",
                 "amount": {"amount": "5000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": true, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "label": "Education, vocational training, business start-up and employment",
                 "kind": "INCOME_GENERATION", "amount": {"amount": "25000.00", "currency": "NOK"}, "form": "IN_KIND",
                 "formForMinor": "IN_KIND", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "MEDICAL_AID", "label": "Medical aid", "kind": "MEDICAL",
                 "amount": {"amount": "2000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": true, "evidenceRequired": "PHYSICIAN_STATEMENT", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "SUBSISTENCE", "label": "Subsistence allowance", "kind": "SUBSISTENCE",
                 "amount": {"amount": "3000.00", "currency": "NOK"}, "form": "CASH", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": true,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"}
              ],
              "packages": [
                {"beneficiary": "ADULT", "total": {"amount": "35000.00", "currency": "NOK"}},
                {"beneficiary": "MINOR", "total": {"amount": "35000.00", "currency": "NOK"}}
              ],
              "createdAt": "2026-01-02T07:00:00.512036Z"
            }""";

    private static final String UDI_STANDARD_V1 = """
            {
              "programme": "UDI_STANDARD", "version": 1, "validFrom": "2015-01-01", "currency": "NOK",
              "allocationTrigger": "CASE_APPROVED", "beneficiaries": "EVERY_TRAVELLER",
              "categories": [
                {"code": "CASH_GRANT", "label": "Cash grant, applied before the departure deadline",
                 "kind": "CASH_GRANT", "amount": {"amount": "15000.00", "currency": "NOK"}, "form": "CASH",
                 "formForMinor": "CASH", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "BEFORE_DEADLINE"},
                {"code": "CASH_GRANT", "label": "Cash grant, applied after the departure deadline",
                 "kind": "CASH_GRANT", "amount": {"amount": "5000.00", "currency": "NOK"}, "form": "CASH",
                 "formForMinor": "CASH", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "AFTER_DEADLINE"},
                {"code": "CHILD_SUPPLEMENT", "label": "Extra per child, applied before the departure deadline",
                 "kind": "CASH_GRANT", "amount": {"amount": "10000.00", "currency": "NOK"}, "form": "CASH",
                 "formForMinor": "CASH", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "MINORS", "deadlineCondition": "BEFORE_DEADLINE"}
              ],
              "packages": [
                {"beneficiary": "ADULT", "appliedBeforeDeadline": true, "total": {"amount": "15000.00", "currency": "NOK"}},
                {"beneficiary": "ADULT", "appliedBeforeDeadline": false, "total": {"amount": "5000.00", "currency": "NOK"}},
                {"beneficiary": "MINOR", "appliedBeforeDeadline": true, "total": {"amount": "25000.00", "currency": "NOK"}},
                {"beneficiary": "MINOR", "appliedBeforeDeadline": false, "total": {"amount": "5000.00", "currency": "NOK"}}
              ],
              "createdAt": "2026-01-02T07:00:00.512036Z"
            }""";

    private static final String VICTIMS_OF_TRAFFICKING_V1 = """
            {
              "programme": "VICTIMS_OF_TRAFFICKING", "version": 1, "validFrom": "2015-01-01", "currency": "NOK",
              "allocationTrigger": "CASE_APPROVED", "beneficiaries": "APPLICANT_AND_CHILDREN",
              "categories": [
                {"code": "ACCOMMODATION", "label": "Accommodation", "kind": "ACCOMMODATION",
                 "amount": {"amount": "5000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": true, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "label": "Education, vocational training, business start-up and employment",
                 "kind": "INCOME_GENERATION", "amount": {"amount": "25000.00", "currency": "NOK"}, "form": "IN_KIND",
                 "formForMinor": "IN_KIND", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "MEDICAL_AID", "label": "Medical aid", "kind": "MEDICAL",
                 "amount": {"amount": "2000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": true, "evidenceRequired": "PHYSICIAN_STATEMENT", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "SUBSISTENCE", "label": "Subsistence allowance", "kind": "SUBSISTENCE",
                 "amount": {"amount": "3000.00", "currency": "NOK"}, "form": "CASH", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": true,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"}
              ],
              "packages": [
                {"beneficiary": "ADULT", "total": {"amount": "35000.00", "currency": "NOK"}},
                {"beneficiary": "MINOR", "total": {"amount": "35000.00", "currency": "NOK"}}
              ],
              "createdAt": "2026-01-02T07:00:00.512036Z"
            }""";

    private static final String VULNERABLE_GROUPS_CATEGORIES = """
              "categories": [
                {"code": "HOUSING", "label": "Housing", "kind": "ACCOMMODATION",
                 "amount": {"amount": "8000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "EDUCATION_BUSINESS",
                 "label": "Education, vocational training, business start-up or internship",
                 "kind": "INCOME_GENERATION", "amount": {"amount": "24000.00", "currency": "NOK"}, "form": "IN_KIND",
                 "formForMinor": "IN_KIND", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "MEDICAL", "label": "Medical", "kind": "MEDICAL",
                 "amount": {"amount": "2000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "SUBSISTENCE", "label": "Subsistence", "kind": "SUBSISTENCE",
                 "amount": {"amount": "8000.00", "currency": "NOK"}, "form": "CASH", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"}
              ],
              "packages": [
                {"beneficiary": "ADULT", "total": {"amount": "42000.00", "currency": "NOK"}},
                {"beneficiary": "MINOR", "total": {"amount": "42000.00", "currency": "NOK"}}
              ],""";

    private static final String VULNERABLE_GROUPS_V1 = """
            {
              "programme": "VULNERABLE_GROUPS", "version": 1, "validFrom": "2015-01-01", "currency": "NOK",
              "allocationTrigger": "CASE_APPROVED", "beneficiaries": "APPLICANT_ONLY",
            """ + VULNERABLE_GROUPS_CATEGORIES + """

              "createdAt": "2026-01-02T07:00:00.512036Z"
            }""";

    /** Version 1 once version 2 (the admin's example) takes over on 2031-01-01. */
    private static final String VULNERABLE_GROUPS_V1_ENDED = """
            {
              "programme": "VULNERABLE_GROUPS", "version": 1, "validFrom": "2015-01-01", "validTo": "2031-01-01",
              "currency": "NOK", "allocationTrigger": "CASE_APPROVED", "beneficiaries": "APPLICANT_ONLY",
            """ + VULNERABLE_GROUPS_CATEGORIES + """

              "createdAt": "2026-01-02T07:00:00.512036Z"
            }""";

    // POST /api/v1/programmes/{programme}/versions

    /** The admin's vulnerable-groups-2031 request, as added: the defaults filled in, the package totals. */
    public static final String PROGRAMME_VERSION_ADDED = """
            {
              "programme": "VULNERABLE_GROUPS", "version": 2, "validFrom": "2031-01-01", "currency": "NOK",
              "allocationTrigger": "RETURN_COMPLETED", "beneficiaries": "APPLICANT_ONLY",
              "categories": [
                {"code": "HOUSING", "label": "Housing", "kind": "ACCOMMODATION",
                 "amount": {"amount": "9000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "EDUCATION_BUSINESS",
                 "label": "Education, vocational training, business start-up or internship",
                 "kind": "INCOME_GENERATION", "amount": {"amount": "25000.00", "currency": "NOK"}, "form": "IN_KIND",
                 "formForMinor": "IN_KIND", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "MEDICAL", "label": "Medical", "kind": "MEDICAL",
                 "amount": {"amount": "2000.00", "currency": "NOK"}, "form": "IN_KIND", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"},
                {"code": "SUBSISTENCE", "label": "Subsistence", "kind": "SUBSISTENCE",
                 "amount": {"amount": "8000.00", "currency": "NOK"}, "form": "CASH", "formForMinor": "IN_KIND",
                 "needsBased": false, "evidenceRequired": "NONE", "singlePayment": false,
                 "eligible": "EVERY_BENEFICIARY", "deadlineCondition": "ANY"}
              ],
              "packages": [
                {"beneficiary": "ADULT", "total": {"amount": "44000.00", "currency": "NOK"}},
                {"beneficiary": "MINOR", "total": {"amount": "44000.00", "currency": "NOK"}}
              ],
              "createdAt": "2026-03-02T13:40:00.118264Z"
            }""";

    // GET /api/v1/programmes

    /** The four seeded versions, in force today, ordered by programme name. */
    public static final String PROGRAMMES_IN_FORCE = "[" + SWEDISH_AVRR_V1 + ",\n" + UDI_STANDARD_V1 + ",\n"
            + VICTIMS_OF_TRAFFICKING_V1 + ",\n" + VULNERABLE_GROUPS_V1 + "]";

    // GET /api/v1/programmes/{programme}/versions

    /** The vulnerable groups programme once the admin's version 2 was added: version 1 now ends where 2 starts. */
    public static final String PROGRAMME_VERSIONS = "[" + VULNERABLE_GROUPS_V1_ENDED + ",\n" + PROGRAMME_VERSION_ADDED
            + "]";

    // GET /api/v1/programmes/{programme}/versions/{version}

    /** UDI_STANDARD version 1: the package depends on the departure deadline, so each total says which answer. */
    public static final String PROGRAMME_VERSION = UDI_STANDARD_V1;

    // The case's entitlements

    /**
     * The applicant's entitlement after the conversion and the paid course fees: the conversion, the request, its
     * approval and its payment each moved its version.
     */
    public static final String ENTITLEMENT = """
            {
              "id": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
              "caseId": "7c1e4b2a-5d3f-4a6b-9c8d-2e4f6a8b0c1d",
              "beneficiaryId": "b3a1c5d7-2e4f-4a6b-8c0d-1e3f5a7b9c2d",
              "relation": "APPLICANT", "minor": false,
              "programme": "VICTIMS_OF_TRAFFICKING", "programmeVersion": 1, "currency": "NOK",
              "allocatedAt": "2026-01-05T10:00:01.204518Z", "stopped": false,
              "categories": [
                {"code": "ACCOMMODATION", "label": "Accommodation", "kind": "ACCOMMODATION", "form": "IN_KIND",
                 "payee": "VENDOR", "needsBased": true, "evidenceRequired": "NONE", "singlePayment": false,
                 "allocated": {"amount": "5000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "3000.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "2000.00", "currency": "NOK"}},
                {"code": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "label": "Education, vocational training, business start-up and employment",
                 "kind": "INCOME_GENERATION", "form": "IN_KIND", "payee": "VENDOR", "needsBased": false,
                 "evidenceRequired": "NONE", "singlePayment": false,
                 "allocated": {"amount": "25000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "3000.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "6000.00", "currency": "NOK"},
                 "available": {"amount": "22000.00", "currency": "NOK"}},
                {"code": "MEDICAL_AID", "label": "Medical aid", "kind": "MEDICAL", "form": "IN_KIND",
                 "payee": "VENDOR", "needsBased": true, "evidenceRequired": "PHYSICIAN_STATEMENT",
                 "singlePayment": false,
                 "allocated": {"amount": "2000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "2000.00", "currency": "NOK"}},
                {"code": "SUBSISTENCE", "label": "Subsistence allowance", "kind": "SUBSISTENCE", "form": "CASH",
                 "payee": "RETURNEE", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": true,
                 "allocated": {"amount": "3000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "3000.00", "currency": "NOK"}}
              ],
              "allocated": {"amount": "35000.00", "currency": "NOK"},
              "available": {"amount": "29000.00", "currency": "NOK"},
              "version": 4
            }""";

    /** The child's entitlement, untouched: its subsistence is in kind (a minor gets no cash), paid to a vendor. */
    private static final String CHILD_ENTITLEMENT_VIEW = """
            {
              "id": "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b",
              "caseId": "7c1e4b2a-5d3f-4a6b-9c8d-2e4f6a8b0c1d",
              "beneficiaryId": "c4b2d6e8-3f5a-4b7c-9d1e-2f4a6b8c0d3e",
              "relation": "CHILD", "minor": true,
              "programme": "VICTIMS_OF_TRAFFICKING", "programmeVersion": 1, "currency": "NOK",
              "allocatedAt": "2026-01-05T10:00:01.204518Z", "stopped": false,
              "categories": [
                {"code": "ACCOMMODATION", "label": "Accommodation", "kind": "ACCOMMODATION", "form": "IN_KIND",
                 "payee": "VENDOR", "needsBased": true, "evidenceRequired": "NONE", "singlePayment": false,
                 "allocated": {"amount": "5000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "5000.00", "currency": "NOK"}},
                {"code": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "label": "Education, vocational training, business start-up and employment",
                 "kind": "INCOME_GENERATION", "form": "IN_KIND", "payee": "VENDOR", "needsBased": false,
                 "evidenceRequired": "NONE", "singlePayment": false,
                 "allocated": {"amount": "25000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "25000.00", "currency": "NOK"}},
                {"code": "MEDICAL_AID", "label": "Medical aid", "kind": "MEDICAL", "form": "IN_KIND",
                 "payee": "VENDOR", "needsBased": true, "evidenceRequired": "PHYSICIAN_STATEMENT",
                 "singlePayment": false,
                 "allocated": {"amount": "2000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "2000.00", "currency": "NOK"}},
                {"code": "SUBSISTENCE", "label": "Subsistence allowance", "kind": "SUBSISTENCE", "form": "IN_KIND",
                 "payee": "VENDOR", "needsBased": false, "evidenceRequired": "NONE", "singlePayment": true,
                 "allocated": {"amount": "3000.00", "currency": "NOK"},
                 "convertedIn": {"amount": "0.00", "currency": "NOK"},
                 "convertedOut": {"amount": "0.00", "currency": "NOK"},
                 "reserved": {"amount": "0.00", "currency": "NOK"},
                 "disbursed": {"amount": "0.00", "currency": "NOK"},
                 "available": {"amount": "3000.00", "currency": "NOK"}}
              ],
              "allocated": {"amount": "35000.00", "currency": "NOK"},
              "available": {"amount": "35000.00", "currency": "NOK"},
              "version": 0
            }""";

    // GET /api/v1/cases/{caseId}/entitlements

    /** The case's two entitlements, the applicant's first. */
    public static final String CASE_ENTITLEMENTS = "[" + ENTITLEMENT + ",\n" + CHILD_ENTITLEMENT_VIEW + "]";

    // GET /api/v1/entitlements/{id}/ledger

    /**
     * The first two of the applicant's 14 ledger entries ({@code ?size=2}): the allocation credits the funding account
     * (a negative amount) and debits the available one, in one transaction.
     */
    public static final String LEDGER_FIRST_TRANSACTION = """
            {
              "items": [
                {"id": 1041, "transactionId": "5a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "entryType": "ALLOCATION",
                 "account": "FUNDING", "category": "ACCOMMODATION", "amount": {"amount": "-5000.00", "currency": "NOK"},
                 "referenceId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f", "recordedAt": "2026-01-05T10:00:01.204518Z"},
                {"id": 1042, "transactionId": "5a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", "entryType": "ALLOCATION",
                 "account": "AVAILABLE", "category": "ACCOMMODATION", "amount": {"amount": "5000.00", "currency": "NOK"},
                 "referenceId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f", "recordedAt": "2026-01-05T10:00:01.204518Z"}
              ],
              "page": 0,
              "size": 2,
              "totalItems": 14
            }""";

    // POST and GET /api/v1/entitlements/{id}/conversions

    /** The accommodation-to-education request, as made by the mission. */
    public static final String CONVERSION = """
            {
              "id": "c0a1b2c3-d4e5-4f6a-8b7c-9d0e1f2a3b4c",
              "entitlementId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
              "from": "ACCOMMODATION",
              "to": "EDUCATION_BUSINESS_EMPLOYMENT",
              "amount": {"amount": "3000.00", "currency": "NOK"},
              "reason": "Lives with her family; the money goes to the tailoring course",
              "convertedBy": "user-2041",
              "convertedByOrg": "iom-mission-et",
              "convertedAt": "2026-01-08T09:30:12.441905Z",
              "ledgerTransaction": "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
            }""";

    /** The conversions as the mission or the caseworker reads them: with the reason. */
    public static final String CONVERSIONS_WITH_REASON = "[" + CONVERSION + "]";

    /** The same as finance or the auditor reads them: without the reason. */
    public static final String CONVERSIONS_WITHOUT_REASON = """
            [
              {
                "id": "c0a1b2c3-d4e5-4f6a-8b7c-9d0e1f2a3b4c",
                "entitlementId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
                "from": "ACCOMMODATION",
                "to": "EDUCATION_BUSINESS_EMPLOYMENT",
                "amount": {"amount": "3000.00", "currency": "NOK"},
                "convertedBy": "user-2041",
                "convertedByOrg": "iom-mission-et",
                "convertedAt": "2026-01-08T09:30:12.441905Z",
                "ledgerTransaction": "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
              }
            ]""";

    // Reintegration plans

    private static final String PLAN_HEAD = """
              "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
              "entitlementId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
              "caseId": "7c1e4b2a-5d3f-4a6b-9c8d-2e4f6a8b0c1d",
              "beneficiaryId": "b3a1c5d7-2e4f-4a6b-8c0d-1e3f5a7b9c2d",
              "relation": "APPLICANT",
              "forChild": false,""";

    private static final String PLAN_LINES = """
              "notes": "Wants to open a tailoring shop in her home town",
              "lines": [
                {"id": "3f1c2b7e-0000-4000-8000-000000000001", "category": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity": "COURSE_FEES", "description": "Three-month tailoring course",
                 "provider": {"name": "Fiktiv Yrkesskole", "reference": "ACC-0001"},
                 "amount": {"amount": "6000.00", "currency": "NOK"},
                 "committed": {"amount": "0.00", "currency": "NOK"},
                 "remaining": {"amount": "6000.00", "currency": "NOK"}},
                {"id": "3f1c2b7e-0000-4000-8000-000000000002", "category": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity": "EQUIPMENT", "provider": {"name": "Fiktiv Symaskin Ltd"},
                 "amount": {"amount": "9000.00", "currency": "NOK"},
                 "committed": {"amount": "0.00", "currency": "NOK"},
                 "remaining": {"amount": "9000.00", "currency": "NOK"}}
              ],
              "total": {"amount": "15000.00", "currency": "NOK"},
              "createdBy": "user-2041",
              "createdAt": "2026-01-08T10:00:03.871560Z",""";

    /** The tailoring plan, drafted by the mission. */
    public static final String PLAN_DRAFTED = "{\n" + PLAN_HEAD + """

              "status": "DRAFT",
            """ + PLAN_LINES + """

              "version": 0
            }""";

    /** The draft after the mission sent the tailoring content again: the lines are replaced, with new ids. */
    public static final String PLAN_EDITED = "{\n" + PLAN_HEAD + """

              "status": "DRAFT",
              "notes": "Wants to open a tailoring shop in her home town",
              "lines": [
                {"id": "3f1c2b7e-0000-4000-8000-000000000003", "category": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity": "COURSE_FEES", "description": "Three-month tailoring course",
                 "provider": {"name": "Fiktiv Yrkesskole", "reference": "ACC-0001"},
                 "amount": {"amount": "6000.00", "currency": "NOK"},
                 "committed": {"amount": "0.00", "currency": "NOK"},
                 "remaining": {"amount": "6000.00", "currency": "NOK"}},
                {"id": "3f1c2b7e-0000-4000-8000-000000000004", "category": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity": "EQUIPMENT", "provider": {"name": "Fiktiv Symaskin Ltd"},
                 "amount": {"amount": "9000.00", "currency": "NOK"},
                 "committed": {"amount": "0.00", "currency": "NOK"},
                 "remaining": {"amount": "9000.00", "currency": "NOK"}}
              ],
              "total": {"amount": "15000.00", "currency": "NOK"},
              "createdBy": "user-2041",
              "createdAt": "2026-01-08T10:00:03.871560Z",
              "version": 1
            }""";

    /** The plan submitted to the caseworker. */
    public static final String PLAN_SUBMITTED = "{\n" + PLAN_HEAD + """

              "status": "SUBMITTED",
            """ + PLAN_LINES + """

              "submittedAt": "2026-01-08T10:20:45.009314Z",
              "version": 1
            }""";

    /** The plan approved by the caseworker of the Oslo office. */
    public static final String PLAN_APPROVED = "{\n" + PLAN_HEAD + """

              "status": "APPROVED",
            """ + PLAN_LINES + """

              "submittedAt": "2026-01-08T10:20:45.009314Z",
              "decidedBy": "user-1202",
              "decidedAt": "2026-01-09T08:45:17.663020Z",
              "version": 2
            }""";

    /** The plan returned to the mission instead, with the caseworker's reason. */
    public static final String PLAN_RETURNED = "{\n" + PLAN_HEAD + """

              "status": "RETURNED",
            """ + PLAN_LINES + """

              "submittedAt": "2026-01-08T10:20:45.009314Z",
              "decidedBy": "user-1202",
              "decidedAt": "2026-01-09T08:45:17.663020Z",
              "returnReason": "Add the rent for the shop premises",
              "version": 2
            }""";

    /** The approved plan once the course fees were paid: the first line is used up. */
    public static final String PLAN_WITH_PAYMENT = "{\n" + PLAN_HEAD + """

              "status": "APPROVED",
              "notes": "Wants to open a tailoring shop in her home town",
              "lines": [
                {"id": "3f1c2b7e-0000-4000-8000-000000000001", "category": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity": "COURSE_FEES", "description": "Three-month tailoring course",
                 "provider": {"name": "Fiktiv Yrkesskole", "reference": "ACC-0001"},
                 "amount": {"amount": "6000.00", "currency": "NOK"},
                 "committed": {"amount": "6000.00", "currency": "NOK"},
                 "remaining": {"amount": "0.00", "currency": "NOK"}},
                {"id": "3f1c2b7e-0000-4000-8000-000000000002", "category": "EDUCATION_BUSINESS_EMPLOYMENT",
                 "activity": "EQUIPMENT", "provider": {"name": "Fiktiv Symaskin Ltd"},
                 "amount": {"amount": "9000.00", "currency": "NOK"},
                 "committed": {"amount": "0.00", "currency": "NOK"},
                 "remaining": {"amount": "9000.00", "currency": "NOK"}}
              ],
              "total": {"amount": "15000.00", "currency": "NOK"},
              "createdBy": "user-2041",
              "createdAt": "2026-01-08T10:00:03.871560Z",
              "submittedAt": "2026-01-08T10:20:45.009314Z",
              "decidedBy": "user-1202",
              "decidedAt": "2026-01-09T08:45:17.663020Z",
              "version": 2
            }""";

    /** The entitlement's plans: the one approved tailoring plan. */
    public static final String PLANS = "[" + PLAN_WITH_PAYMENT + "]";

    // Evidence

    /** The physician's statement the mission recorded for medical aid. */
    public static final String EVIDENCE = """
            {
              "id": "ef1d0a01-2b3c-4d5e-8f6a-7b8c9d0e1f2a",
              "entitlementId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
              "category": "MEDICAL_AID",
              "type": "PHYSICIAN_STATEMENT",
              "issuedOn": "2026-01-10",
              "description": "Needs physiotherapy twice a week for three months",
              "recordedBy": "user-2041",
              "recordedAt": "2026-01-10T12:04:09.512377Z"
            }""";

    /** The entitlement's evidence. */
    public static final String EVIDENCE_LIST = "[" + EVIDENCE + "]";

    // Disbursements: the course fees of the plan's first line, to the school.

    private static final String DISBURSEMENT_HEAD = """
              "id": "d15b0a01-2c3d-4e5f-8a6b-7c8d9e0f1a2b",
              "entitlementId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
              "caseId": "7c1e4b2a-5d3f-4a6b-9c8d-2e4f6a8b0c1d",
              "beneficiaryId": "b3a1c5d7-2e4f-4a6b-8c0d-1e3f5a7b9c2d",
              "category": "EDUCATION_BUSINESS_EMPLOYMENT",
              "form": "IN_KIND",
              "planLineId": "3f1c2b7e-0000-4000-8000-000000000001",""";

    private static final String PAYEE = """
              "payee": {"type": "VENDOR", "name": "Fiktiv Yrkesskole", "account": "ACC-0001"},
              "amount": {"amount": "6000.00", "currency": "NOK"},""";

    private static final String REQUESTED_BY = """
              "requestedBy": "user-2041",
              "requestedByOrg": "iom-mission-et",
              "requestedAt": "2026-01-12T09:00:04.118230Z",""";

    private static final String APPROVED_BY = """
              "decidedBy": "user-3107",
              "decidedAt": "2026-01-13T14:02:51.907114Z",""";

    private static final String PAID = """
              "payment": {
                "paidOn": "2026-01-15",
                "localAmount": {"amount": "75000.00", "currency": "ETB"},
                "exchangeRate": "0.08",
                "nokEquivalent": {"amount": "6000.00", "currency": "NOK"},
                "reference": "BANK-REF-0001",
                "paidBy": "user-2041",
                "paidAt": "2026-01-15T11:30:40.220671Z"
              },""";

    /** Requested by the mission; the money is reserved. */
    public static final String DISBURSEMENT_REQUESTED = "{\n" + DISBURSEMENT_HEAD + "\n" + PAYEE + """

              "status": "REQUESTED",
            """ + REQUESTED_BY + """

              "version": 0
            }""";

    /** Approved by finance, another person than the requester. */
    public static final String DISBURSEMENT_APPROVED = "{\n" + DISBURSEMENT_HEAD + "\n" + PAYEE + """

              "status": "APPROVED",
            """ + REQUESTED_BY + "\n" + APPROVED_BY + """

              "version": 1
            }""";

    /** Rejected by finance instead, with its reason. */
    public static final String DISBURSEMENT_REJECTED = "{\n" + DISBURSEMENT_HEAD + "\n" + PAYEE + """

              "status": "REJECTED",
            """ + REQUESTED_BY + "\n" + APPROVED_BY + """

              "decisionReason": "The invoice is missing",
              "version": 1
            }""";

    /** Cancelled by the mission while requested, with its reason. */
    public static final String DISBURSEMENT_CANCELLED = "{\n" + DISBURSEMENT_HEAD + "\n" + PAYEE + """

              "status": "CANCELLED",
            """ + REQUESTED_BY + """

              "decidedBy": "user-2041",
              "decidedAt": "2026-01-12T16:10:22.004518Z",
              "decisionReason": "The course was cancelled",
              "version": 1
            }""";

    /** Paid in birr, as the mission or finance reads it: payee, account and bank reference included. */
    public static final String DISBURSEMENT_PAID = "{\n" + DISBURSEMENT_HEAD + "\n" + PAYEE + """

              "status": "PAID",
            """ + REQUESTED_BY + "\n" + APPROVED_BY + "\n" + PAID + """

              "version": 2
            }""";

    /** The same as the caseworker or the auditor reads it: no payee name or account, no bank reference. */
    public static final String DISBURSEMENT_PAID_RESTRICTED = "{\n" + DISBURSEMENT_HEAD + """

              "payee": {"type": "VENDOR"},
              "amount": {"amount": "6000.00", "currency": "NOK"},
              "status": "PAID",
            """ + REQUESTED_BY + "\n" + APPROVED_BY + """

              "payment": {
                "paidOn": "2026-01-15",
                "localAmount": {"amount": "75000.00", "currency": "ETB"},
                "exchangeRate": "0.08",
                "nokEquivalent": {"amount": "6000.00", "currency": "NOK"},
                "paidBy": "user-2041",
                "paidAt": "2026-01-15T11:30:40.220671Z"
              },
              "version": 2
            }""";

    /** The payment reversed by finance: the payment stays on record, the money is back in the category. */
    public static final String DISBURSEMENT_REVERSED = "{\n" + DISBURSEMENT_HEAD + "\n" + PAYEE + """

              "status": "REVERSED",
            """ + REQUESTED_BY + "\n" + APPROVED_BY + "\n" + PAID + """

              "reversedBy": "user-3110",
              "reversedAt": "2026-01-20T10:05:31.750219Z",
              "reversalReason": "The bank returned the transfer",
              "version": 3
            }""";

    /** Finance's or the mission's list of the case's disbursements ({@code ?caseId=}). */
    public static final String DISBURSEMENTS = "{\n  \"items\": [" + DISBURSEMENT_PAID + """
            ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    /** The caseworker's or the auditor's list of the same. */
    public static final String DISBURSEMENTS_RESTRICTED = "{\n  \"items\": [" + DISBURSEMENT_PAID_RESTRICTED + """
            ],
              "page": 0,
              "size": 20,
              "totalItems": 1
            }""";

    // Reports

    /** The case's grants: per beneficiary and per category, and the case's totals. No person's data. */
    public static final String CASE_REPORT = """
            {
              "caseId": "7c1e4b2a-5d3f-4a6b-9c8d-2e4f6a8b0c1d",
              "office": "iom-oslo",
              "countryOfReturn": "ET",
              "jurisdiction": "NO",
              "programme": "VICTIMS_OF_TRAFFICKING",
              "registeredAt": "2026-01-02T08:30:12.518744Z",
              "approvedAt": "2026-01-05T10:00:00.930112Z",
              "returnedOn": "2026-01-07",
              "beneficiaries": [
                {"entitlementId": "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f",
                 "beneficiaryId": "b3a1c5d7-2e4f-4a6b-8c0d-1e3f5a7b9c2d", "relation": "APPLICANT", "minor": false,
                 "programme": "VICTIMS_OF_TRAFFICKING", "programmeVersion": 1,
                 "categories": [
                   {"category": "ACCOMMODATION", "allocated": {"amount": "5000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "3000.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "2000.00", "currency": "NOK"}},
                   {"category": "EDUCATION_BUSINESS_EMPLOYMENT", "allocated": {"amount": "25000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "3000.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "6000.00", "currency": "NOK"},
                    "remaining": {"amount": "22000.00", "currency": "NOK"}},
                   {"category": "MEDICAL_AID", "allocated": {"amount": "2000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "2000.00", "currency": "NOK"}},
                   {"category": "SUBSISTENCE", "allocated": {"amount": "3000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "3000.00", "currency": "NOK"}}
                 ],
                 "total": {"category": "TOTAL", "allocated": {"amount": "35000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "3000.00", "currency": "NOK"},
                    "convertedOut": {"amount": "3000.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "6000.00", "currency": "NOK"},
                    "remaining": {"amount": "29000.00", "currency": "NOK"}}},
                {"entitlementId": "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b",
                 "beneficiaryId": "c4b2d6e8-3f5a-4b7c-9d1e-2f4a6b8c0d3e", "relation": "CHILD", "minor": true,
                 "programme": "VICTIMS_OF_TRAFFICKING", "programmeVersion": 1,
                 "categories": [
                   {"category": "ACCOMMODATION", "allocated": {"amount": "5000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "5000.00", "currency": "NOK"}},
                   {"category": "EDUCATION_BUSINESS_EMPLOYMENT", "allocated": {"amount": "25000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "25000.00", "currency": "NOK"}},
                   {"category": "MEDICAL_AID", "allocated": {"amount": "2000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "2000.00", "currency": "NOK"}},
                   {"category": "SUBSISTENCE", "allocated": {"amount": "3000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "3000.00", "currency": "NOK"}}
                 ],
                 "total": {"category": "TOTAL", "allocated": {"amount": "35000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "35000.00", "currency": "NOK"}}}
              ],
              "totals": [
                {"currency": "NOK",
                 "categories": [
                   {"category": "ACCOMMODATION", "allocated": {"amount": "10000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "3000.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "7000.00", "currency": "NOK"}},
                   {"category": "EDUCATION_BUSINESS_EMPLOYMENT", "allocated": {"amount": "50000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "3000.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "6000.00", "currency": "NOK"},
                    "remaining": {"amount": "47000.00", "currency": "NOK"}},
                   {"category": "MEDICAL_AID", "allocated": {"amount": "4000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "4000.00", "currency": "NOK"}},
                   {"category": "SUBSISTENCE", "allocated": {"amount": "6000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "0.00", "currency": "NOK"},
                    "remaining": {"amount": "6000.00", "currency": "NOK"}}
                 ],
                 "total": {"category": "TOTAL", "allocated": {"amount": "70000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "3000.00", "currency": "NOK"},
                    "convertedOut": {"amount": "3000.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "6000.00", "currency": "NOK"},
                    "remaining": {"amount": "64000.00", "currency": "NOK"}}}
              ]
            }""";

    /**
     * The victims of trafficking programme's first quarter of 2026 ({@code ?period=2026-Q1}): 23 cases, medical aid
     * paid to fewer than five people in one of the months, so its money and the total are suppressed.
     */
    public static final String PROGRAMME_REPORT = """
            {
              "programme": "VICTIMS_OF_TRAFFICKING",
              "period": "2026-Q1",
              "cases": "23",
              "beneficiaries": "31",
              "minors": "suppressed",
              "totals": [
                {"currency": "NOK",
                 "categories": [
                   {"category": "ACCOMMODATION", "allocated": {"amount": "775000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "33000.00", "currency": "NOK"},
                    "reserved": {"amount": "0.00", "currency": "NOK"},
                    "disbursed": {"amount": "214000.00", "currency": "NOK"},
                    "remaining": {"amount": "528000.00", "currency": "NOK"}},
                   {"category": "SUBSISTENCE", "allocated": {"amount": "465000.00", "currency": "NOK"},
                    "convertedIn": {"amount": "0.00", "currency": "NOK"},
                    "convertedOut": {"amount": "0.00", "currency": "NOK"},
                    "reserved": {"amount": "15000.00", "currency": "NOK"},
                    "disbursed": {"amount": "186000.00", "currency": "NOK"},
                    "remaining": {"amount": "264000.00", "currency": "NOK"}}
                 ],
                 "suppressedCategories": ["MEDICAL_AID"]}
              ]
            }""";
}

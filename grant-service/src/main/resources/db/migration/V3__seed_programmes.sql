-- The programmes as the leaflets and public pages state them (DOMAIN.md, the reintegration grants).

-- Vulnerable groups (seed 000): NOK 42,000 = 8,000 + 24,000 + 2,000 + 8,000, for the applicant.
INSERT INTO programme_version (id, programme, version, valid_from, currency, allocation_trigger, beneficiaries, created_by)
VALUES ('5e7a0000-0000-4000-8000-000000000001', 'VULNERABLE_GROUPS', 1, '2015-01-01', 'NOK', 'CASE_APPROVED',
        'APPLICANT_ONLY', 'seed 000');
INSERT INTO budget_category (id, programme_version_id, position, code, label, kind, amount, form, form_for_minor,
        needs_based, evidence_required, single_payment, eligible, deadline_condition) VALUES
('5e7a0000-0000-4000-8001-000000000001', '5e7a0000-0000-4000-8000-000000000001', 1, 'HOUSING',
 'Housing', 'ACCOMMODATION', 8000.00, 'IN_KIND', 'IN_KIND', FALSE, 'NONE', FALSE, 'EVERY_BENEFICIARY', 'ANY'),
('5e7a0000-0000-4000-8001-000000000002', '5e7a0000-0000-4000-8000-000000000001', 2, 'EDUCATION_BUSINESS',
 'Education, vocational training, business start-up or internship', 'INCOME_GENERATION', 24000.00, 'IN_KIND',
 'IN_KIND', FALSE, 'NONE', FALSE, 'EVERY_BENEFICIARY', 'ANY'),
('5e7a0000-0000-4000-8001-000000000003', '5e7a0000-0000-4000-8000-000000000001', 3, 'MEDICAL',
 'Medical', 'MEDICAL', 2000.00, 'IN_KIND', 'IN_KIND', FALSE, 'NONE', FALSE, 'EVERY_BENEFICIARY', 'ANY'),
('5e7a0000-0000-4000-8001-000000000004', '5e7a0000-0000-4000-8000-000000000001', 4, 'SUBSISTENCE',
 'Subsistence', 'SUBSISTENCE', 8000.00, 'CASH', 'IN_KIND', FALSE, 'NONE', FALSE, 'EVERY_BENEFICIARY', 'ANY');

-- Victims of trafficking (seed 001): NOK 35,000 = 5,000 + 25,000 + 2,000 + 3,000, for the applicant and each
-- child travelling with the parent (the same package).
INSERT INTO programme_version (id, programme, version, valid_from, currency, allocation_trigger, beneficiaries, created_by)
VALUES ('5e7a0000-0000-4000-8000-000000000002', 'VICTIMS_OF_TRAFFICKING', 1, '2015-01-01', 'NOK', 'CASE_APPROVED',
        'APPLICANT_AND_CHILDREN', 'seed 001');
INSERT INTO budget_category (id, programme_version_id, position, code, label, kind, amount, form, form_for_minor,
        needs_based, evidence_required, single_payment, eligible, deadline_condition) VALUES
('5e7a0000-0000-4000-8002-000000000001', '5e7a0000-0000-4000-8000-000000000002', 1, 'ACCOMMODATION',
 'Accommodation', 'ACCOMMODATION', 5000.00, 'IN_KIND', 'IN_KIND', TRUE, 'NONE', FALSE, 'EVERY_BENEFICIARY', 'ANY'),
('5e7a0000-0000-4000-8002-000000000002', '5e7a0000-0000-4000-8000-000000000002', 2, 'EDUCATION_BUSINESS_EMPLOYMENT',
 'Education, vocational training, business start-up and employment', 'INCOME_GENERATION', 25000.00, 'IN_KIND',
 'IN_KIND', FALSE, 'NONE', FALSE, 'EVERY_BENEFICIARY', 'ANY'),
('5e7a0000-0000-4000-8002-000000000003', '5e7a0000-0000-4000-8000-000000000002', 3, 'MEDICAL_AID',
 'Medical aid', 'MEDICAL', 2000.00, 'IN_KIND', 'IN_KIND', TRUE, 'PHYSICIAN_STATEMENT', FALSE, 'EVERY_BENEFICIARY', 'ANY'),
('5e7a0000-0000-4000-8002-000000000004', '5e7a0000-0000-4000-8000-000000000002', 4, 'SUBSISTENCE',
 'Subsistence allowance', 'SUBSISTENCE', 3000.00, 'CASH', 'IN_KIND', FALSE, 'NONE', TRUE, 'EVERY_BENEFICIARY', 'ANY');

-- UDI's ordinary assisted-return grant (public UDI pages): cash, 15,000 per adult and per child before the
-- departure deadline (or none set), 5,000 after it; 10,000 extra per child before the deadline.
INSERT INTO programme_version (id, programme, version, valid_from, currency, allocation_trigger, beneficiaries, created_by)
VALUES ('5e7a0000-0000-4000-8000-000000000003', 'UDI_STANDARD', 1, '2015-01-01', 'NOK', 'CASE_APPROVED',
        'EVERY_TRAVELLER', 'UDI public grant rates');
INSERT INTO budget_category (id, programme_version_id, position, code, label, kind, amount, form, form_for_minor,
        needs_based, evidence_required, single_payment, eligible, deadline_condition) VALUES
('5e7a0000-0000-4000-8003-000000000001', '5e7a0000-0000-4000-8000-000000000003', 1, 'CASH_GRANT',
 'Cash grant, applied before the departure deadline', 'CASH_GRANT', 15000.00, 'CASH', 'CASH', FALSE, 'NONE', FALSE,
 'EVERY_BENEFICIARY', 'BEFORE_DEADLINE'),
('5e7a0000-0000-4000-8003-000000000002', '5e7a0000-0000-4000-8000-000000000003', 2, 'CASH_GRANT',
 'Cash grant, applied after the departure deadline', 'CASH_GRANT', 5000.00, 'CASH', 'CASH', FALSE, 'NONE', FALSE,
 'EVERY_BENEFICIARY', 'AFTER_DEADLINE'),
('5e7a0000-0000-4000-8003-000000000003', '5e7a0000-0000-4000-8000-000000000003', 3, 'CHILD_SUPPLEMENT',
 'Extra per child, applied before the departure deadline', 'CASH_GRANT', 10000.00, 'CASH', 'CASH', FALSE, 'NONE',
 FALSE, 'MINORS', 'BEFORE_DEADLINE');

-- The Swedish programme for people subjected to trafficking or prostitution (seed 002), seeded with the victims of
-- trafficking package: NOK 35,000 for the applicant and each child, the same categories and rules.
INSERT INTO programme_version (id, programme, version, valid_from, currency, allocation_trigger, beneficiaries, created_by)
VALUES ('5e7a0000-0000-4000-8000-000000000004', 'SWEDISH_AVRR', 1, '2015-01-01', 'NOK', 'CASE_APPROVED',
        'APPLICANT_AND_CHILDREN', 'seed 002 with the seed 001 package');
INSERT INTO budget_category (id, programme_version_id, position, code, label, kind, amount, form, form_for_minor,
        needs_based, evidence_required, single_payment, eligible, deadline_condition)
SELECT ('5e7a0000-0000-4000-8004-00000000000' || position)::uuid, '5e7a0000-0000-4000-8000-000000000004', position,
       code, label, kind, amount, form, form_for_minor, needs_based, evidence_required, single_payment, eligible,
       deadline_condition
FROM budget_category WHERE programme_version_id = '5e7a0000-0000-4000-8000-000000000002';

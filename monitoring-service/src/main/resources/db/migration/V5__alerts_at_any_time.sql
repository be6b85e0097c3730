-- A protection alert can be raised at any time after the handover to the mission, not only by a contact: its
-- urgency, who reported it and the legal basis it was recorded under (consent, or the person's vital interests
-- when they withdrew their consent to monitoring). Alerts raised by a contact were normal reports of staff,
-- under the monitoring consent.
ALTER TABLE protection_alert ALTER COLUMN contact_id DROP NOT NULL;
ALTER TABLE protection_alert ADD COLUMN urgency VARCHAR(20) NOT NULL DEFAULT 'NORMAL';
ALTER TABLE protection_alert ADD COLUMN reported_by VARCHAR(20) NOT NULL DEFAULT 'STAFF';
ALTER TABLE protection_alert ADD COLUMN legal_basis VARCHAR(20) NOT NULL DEFAULT 'CONSENT';

-- A consent given again after a withdrawal carries the reference of the person's signed consent form.
ALTER TABLE referral_consent ADD COLUMN signed_form_reference VARCHAR(100);

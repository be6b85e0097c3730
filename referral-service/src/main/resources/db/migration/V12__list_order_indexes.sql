-- Each audience's list in its own order (newest first, then id), read from an index in that order so that a page
-- costs the same however many referrals there are (docs/performance.md): the partner's, the caseworker's (what
-- reached the IOM office) and the Swedish coordinator's.
DROP INDEX referral_org_created;
CREATE INDEX referral_org_created ON referral (referring_org, created_at DESC, id);
CREATE INDEX referral_office_created ON referral (jurisdiction, created_at DESC, id) WHERE iom_notified_at IS NOT NULL;
CREATE INDEX referral_coordinator_created ON referral (coordinator_org, created_at DESC, id)
    WHERE submitted_at IS NOT NULL;

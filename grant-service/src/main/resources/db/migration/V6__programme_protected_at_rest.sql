-- A case's programme says whether the person is a victim of trafficking, a child alone or ill: it is protected
-- at rest (ProtectedProgramme, "keyId:sealed" text). Values kept in clear before are protected at start
-- (LegacyPlainValues). The link from an entitlement to its catalogue version would name the programme again;
-- the version number stays, and with the programme it finds the version.
ALTER TABLE grant_case ALTER COLUMN programme TYPE TEXT;
ALTER TABLE entitlement ALTER COLUMN programme TYPE TEXT;
ALTER TABLE entitlement DROP COLUMN programme_version_id;

-- Each audience's list in its own order (newest first, then id), read from an index in that order so that a page
-- costs the same however many cases there are (docs/performance.md): the caseworker's office, the mission's country
-- once the case is handed over, and UDI's Norwegian cases once submitted to it.
DROP INDEX avrr_case_office;
CREATE INDEX avrr_case_office ON avrr_case (office, registered_at DESC, id);
CREATE INDEX avrr_case_mission ON avrr_case (country_of_return, registered_at DESC, id)
    WHERE handed_over_to_mission_at IS NOT NULL;
CREATE INDEX avrr_case_udi_registered ON avrr_case (registered_at DESC, id) WHERE submitted_to_udi_at IS NOT NULL;

-- The day the case's people departed, from case-service's announcement (avrr.case.departed.v1): subsistence and UDI's
-- cash grant are payable from it (docs/grant-service.md#when-money-may-move).
ALTER TABLE grant_case ADD COLUMN departed_on DATE;

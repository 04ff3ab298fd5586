-- The history of one resource (GET /api/v1/units/{unitId}/audit-events?entityType=unit&entityId=42) is a range of
-- this index, newest first, however long the unit's log has grown.
CREATE INDEX ix_audit_unit_entity ON audit_event (unit_id, entity_type, entity_id, occurred_at);

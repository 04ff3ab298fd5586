-- Test fixture, never shipped: the kind of migration the upgrade rule forbids in the release that still reads the
-- column (UpgradeCompatibilityTest applies it to a throwaway database and expects the check to name it).
ALTER TABLE webhook_subscription RENAME COLUMN url TO endpoint_url;

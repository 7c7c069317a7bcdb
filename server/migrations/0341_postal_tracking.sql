-- The postal shipment of a result is followed in the operator's tracking (accepted, in transit,
-- out for delivery, delivered, returned to the sender): the last state seen, when the operator
-- reports it happened, where, and when it was last asked. Each new state is also a dossier event.
ALTER TABLE result_deliveries ADD COLUMN tracking_state text
  CHECK (tracking_state IN ('accepted', 'in-transit', 'out-for-delivery', 'delivered', 'returned'));
ALTER TABLE result_deliveries ADD COLUMN tracking_at timestamptz;
ALTER TABLE result_deliveries ADD COLUMN tracking_location text;
ALTER TABLE result_deliveries ADD COLUMN tracking_checked_at timestamptz;
-- The shipments still moving, oldest check first.
CREATE INDEX result_deliveries_tracked ON result_deliveries (tracking_checked_at NULLS FIRST)
  WHERE channel = 'post' AND provider_ref IS NOT NULL
    AND (tracking_state IS NULL OR tracking_state NOT IN ('delivered', 'returned'));

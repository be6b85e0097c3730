-- The right to erasure (docs/data-protection.md#erasure): when the person's data on a referral were erased in place.
-- The referral keeps its ids, status, codes and dates so that nothing counted from it changes; what identified or
-- described the person, their household or their words is overwritten.
ALTER TABLE referral ADD COLUMN erased_at TIMESTAMPTZ;

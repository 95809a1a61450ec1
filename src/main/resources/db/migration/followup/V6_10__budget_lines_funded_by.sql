-- A line split among participants names the shared service or initiative it pays for; the
-- portfolio's dated participation says who pays, and how much of the year. Lines entered before
-- keep their own list of municipalities in participating_municipalities.
alter table budget_lines add column funded_by uuid;

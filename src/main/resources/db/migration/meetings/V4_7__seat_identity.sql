-- A member's personal identity number binds the attestation of minutes to that person's eID:
-- without it, whoever holds the e-mailed link can sign.
alter table seats add column personal_identity_number text;

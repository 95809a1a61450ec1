-- The outbox of notices to residents: a receipt, a new status, a message waiting. Each row is one
-- delivery on one channel, written in the transaction of what caused it (a submission, a status
-- change, an officer's message), so that a rolled-back change notifies nobody and a committed one
-- is not lost when the mail server or the SMS provider is down: it is delivered after the commit
-- and, failing that, retried by a schedule with a growing delay until max attempts, after which
-- the row is kept with its last error (given_up_at) for someone to look at.
--
-- The text is written when the notice is queued and never says what the case is about: e-mail and
-- SMS are not secure channels (OSL 2009:400), so only the organisation, the case number and a link
-- to My pages behind eID login.
create table resident_notices (
    id                 uuid primary key,
    organisation_id    text        not null,
    kind               text        not null
        check (kind in ('RECEIPT', 'STATUS_CHANGED', 'MESSAGE_WAITING')),
    case_number        text        not null,
    channel            text        not null check (channel in ('EMAIL', 'SMS')),
    recipient          text        not null,
    subject            text,
    text               text        not null,
    queued_at          timestamptz not null,
    attempts           int         not null default 0,
    next_attempt_at    timestamptz not null,
    last_error         text,
    sent_at            timestamptz,
    provider_reference text,
    given_up_at        timestamptz,
    check (channel = 'SMS' or subject is not null),
    check (sent_at is null or given_up_at is null)
);

-- What the schedule retries: neither delivered nor given up.
create index resident_notices_due on resident_notices (next_attempt_at)
    where sent_at is null and given_up_at is null;
create index resident_notices_given_up on resident_notices (given_up_at)
    where given_up_at is not null;

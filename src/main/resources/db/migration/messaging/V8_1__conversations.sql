-- One conversation per case and organisation, between the resident and the organisation's officers.
create table conversations (
    id              uuid primary key,
    organisation_id text        not null,
    case_id         uuid        not null,
    case_number     text        not null,
    subject         text        not null,
    resident_id     uuid        not null,
    resident_name   text        not null,
    resident_email  text,
    resident_phone  text,
    opened_at       timestamptz not null,
    opened_by       text        not null,
    last_message_at timestamptz,
    unique (organisation_id, case_id)
);

create index conversations_resident on conversations (resident_id, last_message_at desc);
create index conversations_organisation on conversations (organisation_id, last_message_at desc);

create table conversation_messages (
    id                  uuid primary key,
    conversation_id     uuid        not null references conversations (id),
    author_kind         text        not null check (author_kind in ('RESIDENT', 'OFFICER')),
    author_user_id      uuid,
    author_name         text        not null,
    text                text        not null,
    internal_note       boolean     not null default false,
    posted_at           timestamptz not null,
    read_by_resident_at timestamptz,
    read_by_staff_at    timestamptz,
    -- Only an officer writes internal notes; a resident's message is always the resident's.
    check (not internal_note or author_kind = 'OFFICER'),
    check ((author_kind = 'OFFICER') = (author_user_id is not null))
);

create index conversation_messages_thread on conversation_messages (conversation_id, posted_at);

create table conversation_attachments (
    id         uuid primary key,
    message_id uuid   not null references conversation_messages (id),
    position   int    not null,
    file_name  text   not null,
    media_type text   not null,
    size_bytes bigint not null,
    sha256     text   not null,
    content    bytea  not null,
    unique (message_id, position)
);

-- A message received or sent is an official document (allmän handling, TF 2 kap. 9-10 §§): what it
-- said, who wrote it and when must not change afterwards, and it is never deleted here (disposal
-- belongs to the archive). Only the read receipts may be set.
create function conversation_messages_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'conversation messages are kept as official documents';
    end if;
    if new.text is distinct from old.text
        or new.author_kind is distinct from old.author_kind
        or new.author_user_id is distinct from old.author_user_id
        or new.author_name is distinct from old.author_name
        or new.internal_note is distinct from old.internal_note
        or new.posted_at is distinct from old.posted_at
        or new.conversation_id is distinct from old.conversation_id then
        raise exception 'a conversation message cannot be changed';
    end if;
    return new;
end
$$;

create trigger conversation_messages_kept
    before update or delete on conversation_messages
    for each row execute function conversation_messages_kept();

create function conversation_attachments_kept() returns trigger language plpgsql as $$
begin
    raise exception 'conversation attachments are kept as official documents';
end
$$;

create trigger conversation_attachments_kept
    before update or delete on conversation_attachments
    for each row execute function conversation_attachments_kept();

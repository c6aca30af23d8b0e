-- Wrong passwords and wrong class or resume codes, counted where every server sees them. A row is
-- kept until expires_at; the key is a SHA-256 of who and where, never a username or address itself.
create table tally (
    tally_key   varchar(64) primary key,
    failures    integer not null,
    started_at  timestamp with time zone not null,
    until_at    timestamp with time zone,
    expires_at  timestamp with time zone not null
);
create index tally_expires on tally (expires_at);

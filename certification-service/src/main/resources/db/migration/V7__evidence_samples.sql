-- Evidence samples drawn during review (ISO 14064-3 sampling plan): seed, algorithm, the population's size and
-- SHA-256 (ids + weights, canonical text) and the selected items, so a certifier can redraw and compare. A sample
-- never changes; each check of an item is a new row in sample_check, the latest one counts.
create table evidence_sample (
    id                   uuid primary key,
    application_id       uuid        not null references certification_application (id),
    footprint_version_id uuid        not null,
    seed                 bigint      not null,
    seed_origin          text        not null check (seed_origin in ('given', 'generated')),
    algorithm            text        not null,
    population_lines     integer     not null,
    population_evidence  integer     not null,
    population_hash      text        not null,
    requested_lines      integer     not null check (requested_lines >= 0),
    requested_evidence   integer     not null check (requested_evidence >= 0),
    weight_rules         jsonb       not null,
    drawn_by             text        not null,
    drawn_at             timestamptz not null
);
create index evidence_sample_application on evidence_sample (application_id, drawn_at);

create table sample_item (
    id             uuid    primary key,
    sample_id      uuid    not null references evidence_sample (id),
    item_no        integer not null,
    kind           text    not null check (kind in ('line', 'evidence')),
    rank           integer not null,
    disclosure_id  uuid,
    line_no        integer,
    evidence_id    uuid,
    weight         numeric not null,
    weight_rule    text    not null,
    detail         jsonb   not null,
    unique (sample_id, item_no)
);

create table sample_check (
    id          uuid primary key,
    sample_id   uuid        not null,
    item_no     integer     not null,
    outcome     text        not null check (outcome in ('conforming', 'nonconforming', 'not-verifiable')),
    note        text,
    checked_by  text        not null,
    checked_at  timestamptz not null,
    foreign key (sample_id, item_no) references sample_item (sample_id, item_no)
);
create index sample_check_item on sample_check (sample_id, item_no, checked_at);

create or replace function evidence_sample_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a drawn sample and its checks are records: add a new check instead of changing one';
end $$;
create trigger evidence_sample_no_change before update or delete on evidence_sample
    for each row execute function evidence_sample_immutable();
create trigger sample_item_no_change before update or delete on sample_item
    for each row execute function evidence_sample_immutable();
create trigger sample_check_no_change before update or delete on sample_check
    for each row execute function evidence_sample_immutable();

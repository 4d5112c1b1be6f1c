-- Certification applications (CNCA-CFP-00 steps: application, review with sampling and findings, decision) and
-- their findings. An application names one replicated footprint version and one criteria set version; the holder is
-- the footprint's producer (specification.producer). State changes are also written to the kit's audit_log.
create table certification_application (
    id                    uuid primary key,
    footprint_id          uuid        not null,
    footprint_version     integer     not null,
    footprint_version_id  uuid        not null references replica_footprint_version (version_id),
    result_hash           text        not null,
    product               text        not null,
    criteria_set_id       uuid        not null references criteria_set (id),
    criteria_set_key      text        not null,
    criteria_set_version  integer     not null,
    holder_supplier_id    uuid        not null,
    holder_facility_id    uuid,
    contact               jsonb       not null,
    status                text        not null check (status in ('submitted', 'under-review', 'decided', 'withdrawn')),
    decision              text check (decision in ('granted', 'refused')),
    decision_rationale    text,
    decided_by            text,
    decided_at            timestamptz,
    applicant             text        not null,
    submitted_at          timestamptz not null,
    reviewer              text,
    review_started_at     timestamptz,
    evaluation_id         uuid references evaluation (id),
    withdrawn_at          timestamptz,
    row_version           bigint      not null default 0,
    check ((status = 'decided') = (decision is not null))
);
create index certification_application_holder on certification_application (holder_supplier_id, submitted_at);
create index certification_application_status on certification_application (status, submitted_at);

create table application_finding (
    id              uuid primary key,
    application_id  uuid        not null references certification_application (id),
    severity        text        not null check (severity in ('major', 'minor', 'observation')),
    clause          text,
    text            text        not null,
    raised_by       text        not null,
    raised_at       timestamptz not null,
    closed_by       text,
    closed_at       timestamptz,
    resolution      text,
    check ((closed_at is null) = (resolution is null))
);
create index application_finding_application on application_finding (application_id, raised_at);

-- Roadmaps and their topic graph. Written to run unchanged on H2 and PostgreSQL.
-- A roadmap is written and deleted whole, so every table hangs off roadmap(id) with a cascade; the rows of
-- node_track, node_prerequisite and resource are not checked against node one by one (that check doubled the
-- cost of an import), the reader validates them before anything is written.
create table roadmap (
    id              varchar(64)   not null primary key,
    locale          varchar(8)    not null,
    title_zh        varchar(2000) not null,
    title_en        varchar(2000) not null,
    summary_zh      varchar(1000000) not null,
    summary_en      varchar(1000000) not null,
    version         integer       not null,
    content_hash    varchar(64)   not null,
    node_count      integer       not null,
    imported_at     timestamp with time zone not null
);

create table track (
    roadmap_id      varchar(64)   not null references roadmap (id) on delete cascade,
    id              varchar(64)   not null,
    position        integer       not null,
    title_zh        varchar(2000) not null,
    title_en        varchar(2000) not null,
    description_zh  varchar(1000000) not null,
    description_en  varchar(1000000) not null,
    primary key (roadmap_id, id)
);

create table node (
    roadmap_id      varchar(64)   not null references roadmap (id) on delete cascade,
    id              varchar(64)   not null,
    position        integer       not null,
    parent_id       varchar(64),
    kind            varchar(16)   not null,
    title_zh        varchar(2000) not null,
    title_en        varchar(2000) not null,
    description_zh  varchar(1000000) not null,
    description_en  varchar(1000000) not null,
    hours_min       integer,
    hours_max       integer,
    difficulty      varchar(16),
    primary key (roadmap_id, id)
);

create table node_track (
    roadmap_id      varchar(64)   not null,
    node_id         varchar(64)   not null,
    position        integer       not null,
    track_id        varchar(64)   not null,
    primary key (roadmap_id, node_id, position),
    foreign key (roadmap_id) references roadmap (id) on delete cascade
);

create table node_prerequisite (
    roadmap_id      varchar(64)   not null,
    node_id         varchar(64)   not null,
    position        integer       not null,
    requires_id     varchar(64)   not null,
    primary key (roadmap_id, node_id, position),
    foreign key (roadmap_id) references roadmap (id) on delete cascade
);

create table resource (
    roadmap_id      varchar(64)   not null,
    node_id         varchar(64)   not null,
    position        integer       not null,
    kind            varchar(16)   not null,
    title           varchar(2000) not null,
    url             varchar(2000),
    difficulty      varchar(16),
    note            varchar(1000000) not null,
    primary key (roadmap_id, node_id, position),
    foreign key (roadmap_id) references roadmap (id) on delete cascade
);

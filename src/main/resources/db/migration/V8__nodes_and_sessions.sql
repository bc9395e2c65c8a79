-- State that several nodes on one database share. Runs unchanged on H2 and PostgreSQL.

-- Each grading node's heartbeat (grading module): one row per node, named as its task scheduler is (host-pid),
-- written at start and every few seconds while it runs. The admin page lists them; a row silent for longer than
-- the dead-node limit is shown as gone, and one silent for a day is removed.
create table grading_node (
    name            varchar(200)  not null primary key,
    role            varchar(16)   not null,
    isolation       varchar(32)   not null,
    python          varchar(64)   not null,
    slots           integer       not null,
    running         integer       not null,
    started_at      timestamp with time zone not null,
    heartbeat_at    timestamp with time zone not null
);

-- One row that a node locks while it installs the built-in roadmap, challenges and review deck, so two nodes
-- starting at once install them one after the other: the second finds them installed.
create table install_lock (
    name            varchar(64)   not null primary key
);
insert into install_lock (name) values ('built-in content');

-- Spring Session JDBC's tables (its schema-postgresql.sql, in lower case), so any web node serves any learner's
-- session. They come from here, never from Spring Session's own initializer (spring.session.jdbc.initialize-schema
-- is never).
create table spring_session (
    primary_id              char(36)      not null,
    session_id              char(36)      not null,
    creation_time           bigint        not null,
    last_access_time        bigint        not null,
    max_inactive_interval   integer       not null,
    expiry_time             bigint        not null,
    principal_name          varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id      char(36)      not null,
    attribute_name          varchar(200)  not null,
    attribute_bytes         bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

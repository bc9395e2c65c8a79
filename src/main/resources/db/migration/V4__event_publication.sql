-- Spring Modulith's JDBC event publication registry: an event between modules is stored in the transaction that
-- publishes it and marked complete when its listener has run, so a node that dies in between delivers it on restart.
-- The columns are Modulith 2's (schema v2), in types both H2 and PostgreSQL accept.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(4000)            not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion on event_publication (completion_date);

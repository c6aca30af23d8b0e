-- A secret for signing students' re-entry tokens (so a restart keeps students signed in), and
-- where in a lesson each student last was (so a reload or another device opens there).
create table app_secret (
    name       varchar(40)  primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);

alter table attempt add column position_step integer;
alter table attempt add column position_part integer;

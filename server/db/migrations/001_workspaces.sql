-- Sourceline's team workspaces. Records are kept as the browser keeps them (JSON text, not
-- jsonb: ids and evidence keys hold NUL separators, which jsonb cannot store), each with
-- the revision the revision rule compares.

create table workspaces (
  id text primary key,
  name text not null,
  -- The sequence number of the newest command: bumped inside each command's transaction,
  -- so commands are numbered in the order they commit and a client pulling "after N" misses none.
  seq bigint not null default 0,
  created_at timestamptz not null default now()
);

create table members (
  id text primary key,
  workspace_id text not null references workspaces (id) on delete cascade,
  name text not null,
  role text not null check (role in ('owner', 'editor', 'reviewer', 'viewer')),
  -- SHA-256 of the token: the token itself is shown once and never stored.
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index members_by_workspace on members (workspace_id);

-- A source's text once per content: two workspaces (or a re-import) share it.
create table source_texts (
  hash text primary key,
  text_json text not null
);

create table sources (
  workspace_id text not null references workspaces (id) on delete cascade,
  id text not null,
  rev bigint not null check (rev >= 1),
  text_hash text not null references source_texts (hash),
  data text not null,
  primary key (workspace_id, id)
);

create table events (
  workspace_id text not null references workspaces (id) on delete cascade,
  id text not null,
  rev bigint not null check (rev >= 1),
  source_id text not null,
  state text not null,
  data text not null,
  primary key (workspace_id, id)
);

create table overlays (
  workspace_id text not null references workspaces (id) on delete cascade,
  id text not null,
  rev bigint not null check (rev >= 1),
  data text not null,
  primary key (workspace_id, id)
);

create table actors (
  workspace_id text not null references workspaces (id) on delete cascade,
  id text not null,
  rev bigint not null check (rev >= 1),
  data text not null,
  primary key (workspace_id, id)
);

create table stories (
  workspace_id text not null references workspaces (id) on delete cascade,
  id text not null,
  rev bigint not null check (rev >= 1),
  data text not null,
  primary key (workspace_id, id)
);

-- The history: every command applied, who made it and when. `id` is the client's, so a
-- resend finds its first arrival here and is answered without being applied again.
create table commands (
  workspace_id text not null references workspaces (id) on delete cascade,
  seq bigint not null,
  id text not null,
  member_id text not null references members (id),
  at timestamptz not null default now(),
  label text not null,
  changes text not null,
  undoes text,
  undone_by text,
  primary key (workspace_id, seq),
  unique (workspace_id, id)
);

-- The revision rule, in the database: a record's revision only counts up, so no write can
-- put back an older version over a newer one, whatever the application does.
create function revision_must_increase() returns trigger language plpgsql as $$
begin
  if new.rev <= old.rev then
    raise exception 'revision of %.% must increase past %, got %', tg_table_name, old.id, old.rev, new.rev
      using errcode = 'SL409';
  end if;
  return new;
end;
$$;

create trigger sources_revision before update on sources for each row execute function revision_must_increase();
create trigger events_revision before update on events for each row execute function revision_must_increase();
create trigger overlays_revision before update on overlays for each row execute function revision_must_increase();
create trigger actors_revision before update on actors for each row execute function revision_must_increase();
create trigger stories_revision before update on stories for each row execute function revision_must_increase();

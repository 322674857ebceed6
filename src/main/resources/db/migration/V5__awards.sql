-- Campaigns, awardees and awards (issue: campaigns, awardees and precedent awards). Reading proposes the
-- awards a decision makes and the campaigns a document names; an archivist confirms, edits or rejects each.
-- Confirming is what makes the records officials search: the awardee and the campaign. Reading a document
-- again replaces only what is still proposed, so an archivist's word stands.

CREATE TABLE campaigns (
    id          bigserial PRIMARY KEY,
    name        text   NOT NULL,
    -- the name without marks, case or punctuation: "Người tốt, việc tốt" and "Nguoi tot viec tot" are one campaign
    name_key    text   NOT NULL UNIQUE,
    period_from integer,
    period_to   integer,
    level       text,
    launched_by bigint REFERENCES documents (id) ON DELETE SET NULL,
    CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);

-- An individual, a collective or a household. The same name in another unit is another awardee until an
-- archivist merges the two: two people may share a name, so nothing is merged silently.
CREATE TABLE awardees (
    id         bigserial PRIMARY KEY,
    name       text   NOT NULL,
    kind       text   NOT NULL CHECK (kind IN ('individual', 'collective', 'household')),
    unit       text   NOT NULL DEFAULT '',
    place      text   NOT NULL DEFAULT '',
    attributes text[] NOT NULL DEFAULT '{}',
    UNIQUE (name, kind, unit)
);

-- Pairs an archivist looked at and said are different awardees; they are not offered for merging again.
CREATE TABLE awardees_apart (
    first_id  bigint NOT NULL REFERENCES awardees (id) ON DELETE CASCADE,
    second_id bigint NOT NULL REFERENCES awardees (id) ON DELETE CASCADE,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);

CREATE TABLE awards (
    id              bigserial PRIMARY KEY,
    document_id     bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    awardee         text    NOT NULL,
    awardee_kind    text    NOT NULL CHECK (awardee_kind IN ('individual', 'collective', 'household')),
    unit            text    NOT NULL DEFAULT '',
    place           text    NOT NULL DEFAULT '',
    form            text    NOT NULL,
    authority       text,
    authority_level text,
    achievement     text,
    attributes      text[]  NOT NULL DEFAULT '{}',
    campaign        text,
    status          text    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    source_line     text,
    page            integer,
    -- set when confirmed
    awardee_id      bigint REFERENCES awardees (id),
    campaign_id     bigint REFERENCES campaigns (id) ON DELETE SET NULL,
    -- without marks or case, for the precedent search: the awardee and unit (the unit filter), and those
    -- with the achievement (the search's words)
    unit_key        text    NOT NULL DEFAULT '',
    search_text     text    NOT NULL DEFAULT '',
    CHECK (status <> 'confirmed' OR awardee_id IS NOT NULL)
);

CREATE INDEX awards_by_document ON awards (document_id);
CREATE INDEX awards_by_awardee ON awards (awardee_id);
CREATE INDEX awards_by_campaign ON awards (campaign_id);
CREATE INDEX awards_confirmed_by_form ON awards (form) WHERE status = 'confirmed';
CREATE INDEX awards_by_attribute ON awards USING gin (attributes);

-- A campaign a document names ("phong trào "Người tốt, việc tốt""), proposed as a link until an archivist
-- confirms it (the document then belongs to the campaign) or rejects it.
CREATE TABLE campaign_mentions (
    id          bigserial PRIMARY KEY,
    document_id bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name        text    NOT NULL,
    launches    boolean NOT NULL DEFAULT false,
    period_from integer,
    period_to   integer,
    status      text    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    source_line text,
    page        integer,
    campaign_id bigint REFERENCES campaigns (id) ON DELETE SET NULL,
    UNIQUE (document_id, name)
);

CREATE INDEX campaign_mentions_by_campaign ON campaign_mentions (campaign_id);

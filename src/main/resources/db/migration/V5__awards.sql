-- The awards an award decision makes (issue: campaigns, awardees and precedent awards). Reading proposes
-- them; an archivist confirms or rejects each, and reading the decision again replaces only those still
-- proposed, so an archivist's word stands. Officials search confirmed awards for precedents.
CREATE TABLE awards (
    id           bigserial PRIMARY KEY,
    document_id  bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    awardee      text    NOT NULL,
    awardee_kind text    NOT NULL CHECK (awardee_kind IN ('individual', 'collective', 'household')),
    form         text    NOT NULL,
    authority    text,
    achievement  text,
    attributes   text[]  NOT NULL DEFAULT '{}',
    campaign     text,
    status       text    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    source_line  text,
    page         integer
);

CREATE INDEX awards_by_document ON awards (document_id);
CREATE INDEX awards_confirmed_by_form ON awards (form) WHERE status = 'confirmed';
CREATE INDEX awards_by_attribute ON awards USING gin (attributes);

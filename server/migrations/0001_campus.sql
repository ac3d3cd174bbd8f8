-- Campus, poles, institutes and organisations. Texts are stored in both languages.
CREATE TABLE campus (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    tagline_fr  TEXT NOT NULL,
    tagline_en  TEXT NOT NULL
);

CREATE TABLE campus_story (
    position  INTEGER PRIMARY KEY,
    text_fr   TEXT NOT NULL,
    text_en   TEXT NOT NULL
);

CREATE TABLE key_figures (
    id         TEXT PRIMARY KEY,
    position   INTEGER NOT NULL UNIQUE,
    value_fr   TEXT NOT NULL,
    value_en   TEXT NOT NULL,
    label_fr   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    detail_fr  TEXT,
    detail_en  TEXT,
    CHECK ((detail_fr IS NULL) = (detail_en IS NULL))
);

CREATE TABLE organisations (
    slug            TEXT PRIMARY KEY,
    role            TEXT NOT NULL CHECK (role IN ('founder', 'partner')),
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    acronym         TEXT,
    description_fr  TEXT NOT NULL,
    description_en  TEXT NOT NULL,
    UNIQUE (role, position)
);

CREATE TABLE institutes (
    slug            TEXT PRIMARY KEY,
    position        INTEGER NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    description_fr  TEXT NOT NULL,
    description_en  TEXT NOT NULL
);

CREATE TABLE poles (
    slug        TEXT PRIMARY KEY,
    position    INTEGER NOT NULL UNIQUE,
    name_fr     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    summary_fr  TEXT NOT NULL,
    summary_en  TEXT NOT NULL
);

CREATE TABLE pole_paragraphs (
    pole_slug  TEXT NOT NULL REFERENCES poles (slug) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text_fr    TEXT NOT NULL,
    text_en    TEXT NOT NULL,
    PRIMARY KEY (pole_slug, position)
);

CREATE TABLE pole_institutes (
    pole_slug       TEXT NOT NULL REFERENCES poles (slug) ON DELETE CASCADE,
    institute_slug  TEXT NOT NULL REFERENCES institutes (slug) ON DELETE CASCADE,
    PRIMARY KEY (pole_slug, institute_slug)
);

-- Violation cases, the persons in them, and the history of every change.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Reference data, with the three UI languages' labels.
CREATE TABLE governorate (
    code       VARCHAR(2)   PRIMARY KEY,
    name_en    VARCHAR(100) NOT NULL,
    name_ar    VARCHAR(100) NOT NULL,
    name_ckb   VARCHAR(100) NOT NULL,
    sort_order SMALLINT     NOT NULL
);
INSERT INTO governorate (code, name_en, name_ar, name_ckb, sort_order) VALUES
    ('BG', 'Baghdad', 'بغداد', 'بەغدا', 1),
    ('BA', 'Basra', 'البصرة', 'بەسرە', 2),
    ('NI', 'Nineveh', 'نينوى', 'نەینەوا', 3),
    ('AR', 'Erbil', 'أربيل', 'هەولێر', 4),
    ('SU', 'Sulaymaniyah', 'السليمانية', 'سلێمانی', 5),
    ('DA', 'Duhok', 'دهوك', 'دهۆک', 6),
    ('HA', 'Halabja', 'حلبجة', 'هەڵەبجە', 7),
    ('KI', 'Kirkuk', 'كركوك', 'کەرکووک', 8),
    ('DI', 'Diyala', 'ديالى', 'دیالە', 9),
    ('AN', 'Anbar', 'الأنبار', 'ئەنبار', 10),
    ('SD', 'Salah al-Din', 'صلاح الدين', 'سەلاحەدین', 11),
    ('BB', 'Babil', 'بابل', 'بابل', 12),
    ('KA', 'Karbala', 'كربلاء', 'کەربەلا', 13),
    ('NA', 'Najaf', 'النجف', 'نەجەف', 14),
    ('QA', 'Al-Qadisiyah (Diwaniyah)', 'القادسية', 'قادسیە', 15),
    ('WA', 'Wasit', 'واسط', 'واسط', 16),
    ('MA', 'Maysan', 'ميسان', 'مەیسان', 17),
    ('DQ', 'Dhi Qar', 'ذي قار', 'زیقار', 18),
    ('MU', 'Muthanna', 'المثنى', 'موسەننا', 19);

-- Aligned with HURIDOCS ESF "types of acts"; see shared DOMAIN.md section 1.
CREATE TABLE violation_type (
    code       VARCHAR(32)  PRIMARY KEY,
    name_en    VARCHAR(100) NOT NULL,
    name_ar    VARCHAR(100) NOT NULL,
    name_ckb   VARCHAR(100) NOT NULL,
    sort_order SMALLINT     NOT NULL
);
INSERT INTO violation_type (code, name_en, name_ar, name_ckb, sort_order) VALUES
    ('ASSASSINATION', 'Targeted killing (assassination)', 'اغتيال', 'تیرۆرکردن', 1),
    ('ATTEMPTED_ASSASSINATION', 'Attempted assassination', 'محاولة اغتيال', 'هەوڵی تیرۆرکردن', 2),
    ('KILLING_AT_PROTEST', 'Killing during a demonstration (lethal force)', 'قتل أثناء التظاهر', 'کوشتن لە کاتی خۆپیشاندان', 3),
    ('ABDUCTION', 'Abduction / enforced disappearance', 'اختطاف / إخفاء قسري', 'ڕفاندن / بێسەروشوێنکردنی زۆرەملێ', 4),
    ('TORTURE', 'Torture and ill-treatment', 'تعذيب وسوء معاملة', 'ئەشکەنجە و خراپ مامەڵەکردن', 5),
    ('ARBITRARY_DETENTION', 'Arbitrary detention', 'احتجاز تعسفي', 'دەستبەسەرکردنی نایاسایی', 6),
    ('DEATH_IN_CUSTODY', 'Death in custody', 'وفاة أثناء الاحتجاز', 'مردن لە کاتی دەستبەسەری', 7),
    ('THREAT', 'Threats and intimidation', 'تهديد وترهيب', 'هەڕەشە و تۆقاندن', 8);

-- One counter per year gives references MZN-<year>-<sequence> without gaps from rolled-back inserts.
CREATE TABLE case_reference_counter (
    year       INTEGER PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE TABLE violation_case (
    id                   BIGSERIAL    PRIMARY KEY,
    reference            VARCHAR(20)  NOT NULL UNIQUE,
    incident_year        SMALLINT     NOT NULL CHECK (incident_year BETWEEN 1900 AND 2200),
    incident_month       SMALLINT     CHECK (incident_month BETWEEN 1 AND 12),
    incident_day         SMALLINT     CHECK (incident_day BETWEEN 1 AND 31),
    incident_approximate BOOLEAN      NOT NULL DEFAULT FALSE,
    end_year             SMALLINT     CHECK (end_year BETWEEN 1900 AND 2200),
    end_month            SMALLINT     CHECK (end_month BETWEEN 1 AND 12),
    end_day              SMALLINT     CHECK (end_day BETWEEN 1 AND 31),
    end_approximate      BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The whole period the partial dates cover, for filtering by date range.
    period_start         DATE         NOT NULL,
    period_end           DATE         NOT NULL,
    country              CHAR(2)      NOT NULL DEFAULT 'IQ',
    governorate_code     VARCHAR(2)   REFERENCES governorate (code),
    locality             VARCHAR(200),
    latitude             NUMERIC(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude            NUMERIC(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    narrative            TEXT,
    -- Arabic-normalised copy, so the full-text index sees أحمد and احمد as one word.
    narrative_normalised TEXT,
    narrative_search     TSVECTOR GENERATED ALWAYS AS (
                             to_tsvector('arabic', coalesce(narrative_normalised, ''))
                             || to_tsvector('english', coalesce(narrative_normalised, ''))) STORED,
    status               VARCHAR(16)  NOT NULL DEFAULT 'INTAKE'
                             CHECK (status IN ('INTAKE', 'VERIFIED', 'DOCUMENTED', 'REFERRED', 'CLOSED')),
    confidentiality      VARCHAR(16)  NOT NULL DEFAULT 'STANDARD' CHECK (confidentiality IN ('STANDARD', 'RESTRICTED')),
    created_at           TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK (incident_day IS NULL OR incident_month IS NOT NULL),
    CHECK (end_day IS NULL OR end_month IS NOT NULL),
    CHECK (period_start <= period_end)
);
CREATE INDEX violation_case_period ON violation_case (period_start, period_end);
CREATE INDEX violation_case_governorate ON violation_case (governorate_code);
CREATE INDEX violation_case_status ON violation_case (status);
CREATE INDEX violation_case_updated ON violation_case (updated_at);
CREATE INDEX violation_case_search ON violation_case USING GIN (narrative_search);

CREATE TABLE case_violation_type (
    case_id   BIGINT      NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    type_code VARCHAR(32) NOT NULL REFERENCES violation_type (code),
    PRIMARY KEY (case_id, type_code)
);
CREATE INDEX case_violation_type_code ON case_violation_type (type_code, case_id);

CREATE TABLE case_tag (
    case_id BIGINT       NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    tag     VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, tag)
);

CREATE TABLE case_assignee (
    case_id BIGINT NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignee_user ON case_assignee (user_id);

-- Sources graded on the Admiralty scale of reliability: A (completely reliable) to F (cannot be judged).
CREATE TABLE case_source (
    id          BIGSERIAL     PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    description TEXT          NOT NULL,
    reliability CHAR(1)       NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    url         VARCHAR(2000)
);
CREATE INDEX case_source_case ON case_source (case_id);

-- A person, or a unit or armed group named as alleged perpetrator.
CREATE TABLE person (
    id               BIGSERIAL    PRIMARY KEY,
    kind             VARCHAR(16)  NOT NULL DEFAULT 'INDIVIDUAL' CHECK (kind IN ('INDIVIDUAL', 'UNIT', 'ARMED_GROUP')),
    name_ar          VARCHAR(300),
    name_latin       VARCHAR(300),
    gender           VARCHAR(8)   CHECK (gender IN ('MALE', 'FEMALE', 'UNKNOWN')),
    birth_year       SMALLINT     CHECK (birth_year BETWEEN 1850 AND 2200),
    occupation       VARCHAR(32),
    affiliation      VARCHAR(300),
    governorate_code VARCHAR(2)   REFERENCES governorate (code),
    merged_into      BIGINT       REFERENCES person (id),
    created_at       TIMESTAMPTZ  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK (name_ar IS NOT NULL OR name_latin IS NOT NULL)
);

CREATE TABLE person_alias (
    person_id BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias     VARCHAR(300) NOT NULL,
    PRIMARY KEY (person_id, alias)
);

-- Every spelling of every person, normalised and keyed across scripts, for search and duplicates.
CREATE TABLE person_name_index (
    person_id  BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    spelling   VARCHAR(300) NOT NULL,
    normalised VARCHAR(300) NOT NULL,
    name_key   VARCHAR(300) NOT NULL
);
CREATE INDEX person_name_index_person ON person_name_index (person_id);
CREATE INDEX person_name_index_key ON person_name_index USING GIN (name_key gin_trgm_ops);
CREATE INDEX person_name_index_normalised ON person_name_index USING GIN (normalised gin_trgm_ops);

-- How a person takes part in a case.
CREATE TABLE case_party (
    id               BIGSERIAL   PRIMARY KEY,
    case_id          BIGINT      NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    position         INTEGER     NOT NULL,
    person_id        BIGINT      REFERENCES person (id),
    role             VARCHAR(16) NOT NULL CHECK (role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')),
    fate             VARCHAR(16) CHECK (fate IN ('KILLED', 'INJURED', 'MISSING', 'FOUND_DEAD', 'DETAINED', 'RELEASED')),
    age_at_incident  SMALLINT    CHECK (age_at_incident BETWEEN 0 AND 130),
    perpetrator_kind VARCHAR(16) CHECK (perpetrator_kind IN ('PERSON', 'UNIT', 'ARMED_GROUP', 'UNIDENTIFIED')),
    involvement      VARCHAR(20) CHECK (involvement IN ('CARRIED_OUT', 'ORDERED', 'ASSISTED', 'FAILED_TO_PREVENT')),
    notes            TEXT,
    -- "Unidentified armed men" is a value of its own, not a missing person.
    CHECK (person_id IS NOT NULL OR (role = 'PERPETRATOR' AND perpetrator_kind = 'UNIDENTIFIED')),
    CHECK (role = 'VICTIM' OR fate IS NULL),
    CHECK (role = 'PERPETRATOR' OR (perpetrator_kind IS NULL AND involvement IS NULL))
);
CREATE INDEX case_party_case ON case_party (case_id);
CREATE INDEX case_party_person ON case_party (person_id);
CREATE INDEX case_party_role ON case_party (role, case_id);

-- Who changed which fields of a case or person, from what to what.
CREATE TABLE revision (
    id          BIGSERIAL   PRIMARY KEY,
    entity_type VARCHAR(16) NOT NULL CHECK (entity_type IN ('CASE', 'PERSON')),
    entity_id   BIGINT      NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    changed_by  VARCHAR(64) NOT NULL,
    changes     TEXT        NOT NULL -- JSON: [{"field","old","new"}]
);
CREATE INDEX revision_entity ON revision (entity_type, entity_id, id);

-- The schema guards itself (checked by SchemaIT): every foreign key has an index to be followed back by, every
-- column holding a code refuses what is not one, JSON is stored as jsonb, and users are recorded at one width.

-- 1. Foreign keys without an index starting with their columns. Deleting or re-keying a referenced row (a person
-- merged away, a case rolled back with its import batch, a user removed) looks the referencing rows up by those
-- columns, and without an index reads the whole referencing table for each row, holding locks meanwhile. Where most
-- rows have no reference, the index leaves them out (the lookup always names a value, so the planner can use it).
CREATE INDEX calendar_feed_user ON calendar_feed (user_id);
CREATE INDEX case_join_request_case ON case_join_request (case_id);
CREATE INDEX case_join_request_user ON case_join_request (user_id);
CREATE INDEX case_request_key_case ON case_request_key (case_id);
CREATE INDEX family_contact_person ON family_contact (person_id);
CREATE INDEX import_row_case ON import_row (case_id);
CREATE INDEX legal_event_suspect_suspect ON legal_event_suspect (suspect_id);
CREATE INDEX person_governorate ON person (governorate_code) WHERE governorate_code IS NOT NULL;
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;
-- A proceeding's suspects are read in their order: the same index serves that and the key.
CREATE INDEX proceeding_suspect_proceeding ON proceeding_suspect (proceeding_id, position);
CREATE INDEX proceeding_suspect_person ON proceeding_suspect (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX team_notice_case ON team_notice (case_id);
CREATE INDEX team_notice_user ON team_notice (user_id);
CREATE INDEX web_session_user ON web_session (user_id);

-- 2. Codes: the names of the Java enums that write them (LegalEventType, VerdictKind, ReturnedTo, Relationship,
-- SafeChannel, ContactLanguage, Occupation), every one of them, so every value ever written stays valid.
ALTER TABLE legal_event ADD CONSTRAINT legal_event_type_code CHECK (type IN ('COMPLAINT_FILED', 'INVESTIGATION_OPENED',
    'REGISTERED_AGAINST_UNKNOWN', 'INVESTIGATION_REOPENED', 'ARREST_WARRANT', 'ARREST', 'CONFESSION', 'REFERRAL',
    'TRIAL_HEARING', 'VERDICT', 'APPEAL_FILED', 'CASSATION_UPHELD', 'CASSATION_ANNULLED', 'RETRIAL_OPENED', 'RELEASE',
    'VERDICT_FINAL', 'CLOSED', 'COMPENSATION_PAID'));
ALTER TABLE legal_event ADD CONSTRAINT legal_event_verdict_code
    CHECK (verdict IN ('CONVICTION', 'ACQUITTAL', 'RELEASE_INSUFFICIENT_EVIDENCE'));
ALTER TABLE legal_event ADD CONSTRAINT legal_event_returned_to_code CHECK (returned_to IN ('RETRIAL', 'FURTHER_INVESTIGATION'));

-- A legal event's date is a partial date like a case's: the application never wrote another month or day.
ALTER TABLE legal_event ADD CONSTRAINT legal_event_month_range CHECK (event_month BETWEEN 1 AND 12);
ALTER TABLE legal_event ADD CONSTRAINT legal_event_day_range CHECK (event_day BETWEEN 1 AND 31);
ALTER TABLE legal_event ADD CONSTRAINT legal_event_day_needs_month CHECK (event_day IS NULL OR event_month IS NOT NULL);
-- Years were not checked where events came in until later: an older event may lie outside the case years and must
-- stay readable (and correctable), so only new and changed rows are held to them.
ALTER TABLE legal_event ADD CONSTRAINT legal_event_year_range CHECK (event_year BETWEEN 1900 AND 2200) NOT VALID;

ALTER TABLE family_contact ADD CONSTRAINT family_contact_relationship_code CHECK (relationship IN ('SELF', 'MOTHER', 'FATHER',
    'SPOUSE', 'SON', 'DAUGHTER', 'BROTHER', 'SISTER', 'OTHER_RELATIVE', 'FRIEND', 'OTHER'));
ALTER TABLE family_contact ADD CONSTRAINT family_contact_safe_channel_code CHECK (safe_channel IN ('IN_PERSON', 'PHONE_CALL',
    'SMS', 'WHATSAPP', 'SIGNAL', 'TELEGRAM', 'EMAIL', 'INTERMEDIARY'));
ALTER TABLE family_contact ADD CONSTRAINT family_contact_language_code CHECK (language IN ('ARABIC', 'KURDISH_SORANI',
    'KURDISH_BADINI', 'TURKMEN', 'SYRIAC', 'ENGLISH'));
ALTER TABLE contact_communication ADD CONSTRAINT contact_communication_channel_code CHECK (channel IN ('IN_PERSON',
    'PHONE_CALL', 'SMS', 'WHATSAPP', 'SIGNAL', 'TELEGRAM', 'EMAIL', 'INTERMEDIARY'));

ALTER TABLE person ADD CONSTRAINT person_occupation_code CHECK (occupation IN ('ACTIVIST', 'JOURNALIST', 'LAWYER', 'PROTESTER',
    'MEDIC', 'STUDENT', 'BLOGGER', 'TRADE_UNIONIST', 'CIVIL_SERVANT', 'OTHER'));

-- The languages of the user interface (Messages.SUPPORTED): a report is issued in one of them.
ALTER TABLE issued_report ADD CONSTRAINT issued_report_language_code CHECK (language IN ('en', 'ar', 'ckb'));
ALTER TABLE app_user ADD CONSTRAINT app_user_preferred_locale_code CHECK (preferred_locale IN ('en', 'ar', 'ckb'));
-- An ISO 3166 country code.
ALTER TABLE violation_case ADD CONSTRAINT violation_case_country_code CHECK (country ~ '^[A-Z]{2}$');

-- 3. JSON as jsonb: PostgreSQL refuses what is not JSON, and queries can look inside. jsonb cannot hold the character
-- NUL even escaped ("\u0000"), which file metadata may carry (EXIF strings often end in one); the inspection now drops
-- it like any other control character, and here it is dropped from what was stored before. An escape counts only
-- where it is not itself escaped (an even number of backslashes before it); repeated until none is left, because a
-- match consumes the character before the next one.
CREATE FUNCTION pg_temp.without_nul_escapes(json text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    pattern CONSTANT text := '(^|[^\\])((\\\\)*)\\u0000';
BEGIN
    WHILE json ~ pattern LOOP
        json := regexp_replace(json, pattern, '\1\2', 'g');
    END LOOP;
    RETURN json;
END
$$;
ALTER TABLE revision ALTER COLUMN changes TYPE jsonb USING pg_temp.without_nul_escapes(changes)::jsonb;
ALTER TABLE import_mapping ALTER COLUMN columns TYPE jsonb USING pg_temp.without_nul_escapes(columns)::jsonb;
ALTER TABLE import_batch ALTER COLUMN columns TYPE jsonb USING pg_temp.without_nul_escapes(columns)::jsonb;
ALTER TABLE evidence_item ALTER COLUMN metadata TYPE jsonb USING pg_temp.without_nul_escapes(metadata)::jsonb;
COMMENT ON COLUMN revision.changes IS '[{"field", "old", "new"}, ...]';
COMMENT ON COLUMN import_mapping.columns IS '{"<header>": "<FIELD>", ...}';
COMMENT ON COLUMN import_batch.columns IS 'the mapping the batch was imported with: {"<header>": "<FIELD>", ...}';
COMMENT ON COLUMN evidence_item.metadata IS 'what inspection read from the file: {"<name>": "<value>" or ["<value>", ...], ...}';

-- 4. One width for a user name wherever a user is recorded: the width of app_user.username, whose format CHECK
-- admits at most 64 characters. Every one of these columns was only ever written from an account's name (or
-- "system"), so no value is cut; a longer one would stop this migration rather than be truncated.
ALTER TABLE family_contact ALTER COLUMN created_by TYPE VARCHAR(64), ALTER COLUMN updated_by TYPE VARCHAR(64);
ALTER TABLE contact_consent ALTER COLUMN recorded_by TYPE VARCHAR(64);
ALTER TABLE contact_communication ALTER COLUMN recorded_by TYPE VARCHAR(64);
ALTER TABLE proceeding ALTER COLUMN created_by TYPE VARCHAR(64), ALTER COLUMN updated_by TYPE VARCHAR(64);
ALTER TABLE legal_event ALTER COLUMN recorded_by TYPE VARCHAR(64);
ALTER TABLE hearing ALTER COLUMN created_by TYPE VARCHAR(64), ALTER COLUMN updated_by TYPE VARCHAR(64);

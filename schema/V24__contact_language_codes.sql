-- A contact's language as the same kind of code as every other language in Mizan (BCP 47: en, ar, ckb; kmr for the
-- Badini of Duhok, syr for Syriac, tr-IQ for Iraqi Turkmen — see ContactLanguage for why), no longer as the Java
-- constant's name. The column is not encrypted (only the personal details are), so SQL can rewrite it in place; every
-- value the old CHECK allowed has its code here, so every existing row stays valid.
ALTER TABLE family_contact DROP CONSTRAINT family_contact_language_code;
UPDATE family_contact SET language = CASE language
    WHEN 'ARABIC' THEN 'ar'
    WHEN 'KURDISH_SORANI' THEN 'ckb'
    WHEN 'KURDISH_BADINI' THEN 'kmr'
    WHEN 'TURKMEN' THEN 'tr-IQ'
    WHEN 'SYRIAC' THEN 'syr'
    WHEN 'ENGLISH' THEN 'en'
END
WHERE language IS NOT NULL;
ALTER TABLE family_contact ADD CONSTRAINT family_contact_language_code CHECK (language IN ('ar', 'ckb', 'kmr', 'tr-IQ',
    'syr', 'en'));

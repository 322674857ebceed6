-- Classified and urgent documents (issue: access levels). A document's độ mật and độ khẩn are read from
-- the marks under its number and corrected by archivists; an account's clearance is the highest độ mật it
-- may read. Codes as in vn.vankho.model.Secrecy and Urgency; every existing row is unmarked, every
-- existing account cleared for nothing classified.
ALTER TABLE documents
    ADD COLUMN secrecy text NOT NULL DEFAULT 'NONE' CHECK (secrecy IN ('NONE', 'MAT', 'TOI_MAT', 'TUYET_MAT')),
    ADD COLUMN urgency text NOT NULL DEFAULT 'NONE' CHECK (urgency IN ('NONE', 'KHAN', 'THUONG_KHAN', 'HOA_TOC'));

ALTER TABLE users
    ADD COLUMN clearance text NOT NULL DEFAULT 'NONE' CHECK (clearance IN ('NONE', 'MAT', 'TOI_MAT', 'TUYET_MAT'));

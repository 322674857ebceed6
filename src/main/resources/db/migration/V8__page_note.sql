-- What reading did to a page that the archivist should know, though it needs no review: e.g. that
-- its text was typed in a legacy font encoding (TCVN3, VNI) and was converted to Unicode.
ALTER TABLE pages ADD COLUMN note text;

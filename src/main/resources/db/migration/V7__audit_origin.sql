-- Where an action came from: the client's address for the web and the API, the host and folder for
-- the command line, the inbox folder for a file dropped there. Null where it was not recorded.
ALTER TABLE audit_log ADD COLUMN origin text;

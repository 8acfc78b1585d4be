-- Attaché knowledge base, schema version 3. One statement per block, blocks separated by ';'
-- at the end of a line. Documented in docs/store.md; views are the stable face for `attache sql`.
CREATE TABLE schema_version (version INTEGER NOT NULL, written_by VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL);
CREATE TABLE documents (
  seq BIGINT NOT NULL, doc_id VARCHAR NOT NULL, title VARCHAR NOT NULL, text VARCHAR NOT NULL,
  published VARCHAR, published_day DATE, outlet VARCHAR, url VARCHAR, author VARCHAR,
  content_hash VARCHAR NOT NULL, duplicate_of VARCHAR, ingested_at TIMESTAMP NOT NULL);
CREATE TABLE actors (actor_id VARCHAR NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL, country VARCHAR, aliases VARCHAR NOT NULL);
CREATE TABLE roles (doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, role VARCHAR, day DATE, mentions INTEGER NOT NULL);
CREATE TABLE mentions (doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
  text VARCHAR NOT NULL, type VARCHAR NOT NULL);
CREATE TABLE quotes (quote_id BIGINT NOT NULL, doc_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL, text VARCHAR NOT NULL, kind VARCHAR NOT NULL, speaker_id VARCHAR, cue VARCHAR, day DATE, outlet VARCHAR);
CREATE TABLE quote_about (quote_id BIGINT NOT NULL, actor_id VARCHAR NOT NULL);
-- events.source_country/target_country: the country each side stands for on a timeline (a country itself,
-- or the affiliation of a person or organization; null for others), so that a timeline between countries is a filter.
-- events.evidence/evidence_doc: the evidence of the event's first telling (lowest doc_id, then ordinal), kept with the
-- event so that a listing of events needs no look-up in event_mentions. The rows are kept in order of
-- (source_country, target_country, day_first) up to the last events_unclustered rows appended (see store_state).
CREATE TABLE events (event_id BIGINT NOT NULL, cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, pair_key VARCHAR NOT NULL,
  source_id VARCHAR NOT NULL, target_id VARCHAR, date VARCHAR, reported VARCHAR, day_first DATE, day_last DATE,
  location VARCHAR, status VARCHAR NOT NULL, mentions INTEGER NOT NULL, source_country VARCHAR, target_country VARCHAR,
  evidence VARCHAR, evidence_doc VARCHAR);
CREATE TABLE event_mentions (event_id BIGINT NOT NULL, doc_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, cameo VARCHAR NOT NULL,
  date VARCHAR, reported VARCHAR, location VARCHAR, status VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
  evidence VARCHAR NOT NULL, pattern VARCHAR NOT NULL);
CREATE TABLE problems (doc_id VARCHAR NOT NULL, stage VARCHAR NOT NULL, message VARCHAR NOT NULL);
-- store_state: counters the writer keeps about the physical layout (events_unclustered: events rows appended since the table was last put in order).
CREATE TABLE store_state (name VARCHAR NOT NULL, value BIGINT NOT NULL);
INSERT INTO store_state VALUES ('events_unclustered', 0);
CREATE TABLE cameo (code VARCHAR NOT NULL, label VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad_class INTEGER NOT NULL);
CREATE VIEW article_v AS
  SELECT doc_id, seq, title, published, published_day, outlet, url, author, duplicate_of, length(text) AS chars, ingested_at
  FROM documents;
CREATE VIEW quote_v AS
  SELECT q.quote_id, q.doc_id, q.day, q.outlet, q.speaker_id, s.name AS speaker, q.kind, q.text, q.cue
  FROM quotes q LEFT JOIN actors s ON s.actor_id = q.speaker_id;
CREATE VIEW event_v AS
  SELECT e.event_id, e.cameo, e.root, coalesce(c4.label, c3.label, c2.label) AS label,
         coalesce(c4.goldstein, c3.goldstein, c2.goldstein) AS goldstein,
         coalesce(c4.quad_class, c3.quad_class, c2.quad_class) AS quad_class,
         e.source_id, s.name AS source, s.country AS source_country,
         e.target_id, t.name AS target, t.country AS target_country,
         e.date, e.reported, e.day_first, e.day_last, e.location, e.status, e.mentions, e.evidence, e.evidence_doc
  FROM events e
  LEFT JOIN cameo c4 ON c4.code = e.cameo
  LEFT JOIN cameo c3 ON c3.code = substr(e.cameo, 1, 3)
  LEFT JOIN cameo c2 ON c2.code = e.root
  LEFT JOIN actors s ON s.actor_id = e.source_id
  LEFT JOIN actors t ON t.actor_id = e.target_id;
CREATE VIEW event_mention_v AS
  SELECT m.event_id, m.doc_id, d.outlet, d.published, m.cameo, m.date, m.status, m.evidence, m.pattern
  FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id;

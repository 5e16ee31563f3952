-- The question bank: a topic tree, questions and their immutable versions.
-- Portable SQL: the same file runs on H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE topic (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  parent_id BIGINT,
  name VARCHAR(200) NOT NULL,
  -- Ids from the root down, e.g. '/1/7/12/': a subtree is every path that starts with its own.
  path VARCHAR(500) NOT NULL,
  CONSTRAINT fk_topic_parent FOREIGN KEY (parent_id) REFERENCES topic (id)
);
CREATE INDEX ix_topic_path ON topic (path);
CREATE INDEX ix_topic_parent ON topic (parent_id);

INSERT INTO topic (id, parent_id, name, path) VALUES (1, NULL, 'Lý luận chính trị', '/1/');
INSERT INTO topic (id, parent_id, name, path) VALUES (2, NULL, 'Chuyên môn nghiệp vụ', '/2/');

-- A question is the identity that its versions share.
CREATE TABLE question (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  external_id VARCHAR(100),
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL
);

-- A version's content never changes once it has left DRAFT; editing makes a new version.
CREATE TABLE question_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  question_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  latest BOOLEAN NOT NULL,
  topic_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  qtype VARCHAR(30) NOT NULL,
  difficulty VARCHAR(20) NOT NULL,
  points DECIMAL(7,2) NOT NULL,
  tags VARCHAR(1000),
  stem MEDIUMTEXT NOT NULL,
  -- Lower-case text of the stem without diacritics: search, and duplicates by its hash.
  stem_search VARCHAR(2000) NOT NULL,
  stem_hash CHAR(64) NOT NULL,
  explanation MEDIUMTEXT,
  -- The type's own parts (options, pairs, rubric, ...) as JSON.
  content MEDIUMTEXT NOT NULL,
  author VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  reviewer VARCHAR(64),
  reviewed_at DATETIME(6),
  status_reason VARCHAR(2000),
  row_version BIGINT NOT NULL,
  CONSTRAINT uq_question_version UNIQUE (question_id, version_no),
  CONSTRAINT fk_version_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT fk_version_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);
CREATE INDEX ix_version_browse ON question_version (latest, topic_id, status, difficulty);
CREATE INDEX ix_version_draw ON question_version (status, topic_id, difficulty);
CREATE INDEX ix_version_duplicate ON question_version (topic_id, stem_hash);

-- Selection rounds, posts with their criteria, applications; exam parts, blueprints, the bank
-- snapshot taken at publication, sessions, seats and pre-generated papers.
-- Portable SQL: the same file runs on H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE selection_round (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  organiser VARCHAR(300) NOT NULL,
  -- Eligibility (service, ratings, age) is judged on this date, so re-checking never changes it.
  appointment_date DATE NOT NULL,
  -- DRAFT (being prepared), OPEN (candidates may apply), CLOSED (applications closed).
  status VARCHAR(20) NOT NULL,
  -- The bank must hold this many times the questions a blueprint cell needs.
  coverage_factor INT NOT NULL,
  -- Candidates arriving later than this many minutes after a session's start are not admitted.
  late_minutes INT NOT NULL,
  -- A fixed retirement age per gender, in months, replacing the Labour Code roadmap; NULL = law.
  male_retirement_months INT,
  female_retirement_months INT,
  created_by VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  row_version BIGINT NOT NULL
);

CREATE TABLE post (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id BIGINT NOT NULL,
  title VARCHAR(300) NOT NULL,
  unit VARCHAR(300) NOT NULL,
  post_level VARCHAR(20) NOT NULL,
  sector VARCHAR(200) NOT NULL,
  vacancies INT NOT NULL,
  min_theory VARCHAR(20) NOT NULL,
  min_state_management VARCHAR(20) NOT NULL,
  min_degree VARCHAR(20) NOT NULL,
  min_years_below INT NOT NULL,
  min_rating VARCHAR(20) NOT NULL,
  rated_years INT NOT NULL,
  no_discipline BOOLEAN NOT NULL,
  term_years INT NOT NULL,
  row_version BIGINT NOT NULL,
  CONSTRAINT fk_post_round FOREIGN KEY (round_id) REFERENCES selection_round (id)
);
CREATE INDEX ix_post_round ON post (round_id);

-- One application per candidate and round; it holds the facts the criteria need.
CREATE TABLE application (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id BIGINT NOT NULL,
  post_id BIGINT NOT NULL,
  candidate_id BIGINT NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  birth_date DATE NOT NULL,
  gender VARCHAR(10) NOT NULL,
  current_position VARCHAR(300),
  theory VARCHAR(20) NOT NULL,
  state_management VARCHAR(20) NOT NULL,
  degree VARCHAR(20) NOT NULL,
  at_level_below_since DATE,
  under_discipline BOOLEAN NOT NULL,
  -- The candidate number (số báo danh), given when the candidate is first seated; unique per round.
  candidate_number VARCHAR(20),
  -- PENDING (computed verdict only), CONFIRMED (committee agrees), OVERRIDDEN (committee decided).
  decision VARCHAR(20) NOT NULL,
  decided_eligible BOOLEAN,
  decision_reason VARCHAR(2000),
  decided_by VARCHAR(64),
  decided_at DATETIME(6),
  submitted_by VARCHAR(64) NOT NULL,
  submitted_at DATETIME(6) NOT NULL,
  row_version BIGINT NOT NULL,
  CONSTRAINT uq_application_candidate UNIQUE (round_id, candidate_id),
  CONSTRAINT uq_application_number UNIQUE (round_id, candidate_number),
  CONSTRAINT fk_application_round FOREIGN KEY (round_id) REFERENCES selection_round (id),
  CONSTRAINT fk_application_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_application_candidate FOREIGN KEY (candidate_id) REFERENCES app_user (id)
);
CREATE INDEX ix_application_post ON application (post_id);

CREATE TABLE application_rating (
  application_id BIGINT NOT NULL,
  rating_year INT NOT NULL,
  rating VARCHAR(20) NOT NULL,
  PRIMARY KEY (application_id, rating_year),
  CONSTRAINT fk_rating_application FOREIGN KEY (application_id) REFERENCES application (id)
);

-- Uploaded documents live in the database: no file name ever reaches the file system.
CREATE TABLE application_document (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content LONGBLOB NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_document_application ON application_document (application_id);

-- THEORY and PRESENTATION are round-wide (post_id NULL); PROFESSIONAL is per post.
CREATE TABLE exam_part (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id BIGINT NOT NULL,
  post_id BIGINT,
  kind VARCHAR(20) NOT NULL,
  pass_mark DECIMAL(5,2) NOT NULL,
  weight DECIMAL(5,2) NOT NULL,
  time_limit_minutes INT,
  navigation VARCHAR(10) NOT NULL,
  shuffle_questions BOOLEAN NOT NULL,
  shuffle_options BOOLEAN NOT NULL,
  show_score BOOLEAN NOT NULL,
  -- DRAFT or PUBLISHED; a published part's blueprint and snapshot never change.
  status VARCHAR(20) NOT NULL,
  -- The part's secret seed, recorded at publication; every paper seed derives from it.
  seed BIGINT,
  published_at DATETIME(6),
  published_by VARCHAR(64),
  row_version BIGINT NOT NULL,
  CONSTRAINT fk_part_round FOREIGN KEY (round_id) REFERENCES selection_round (id),
  CONSTRAINT fk_part_post FOREIGN KEY (post_id) REFERENCES post (id)
);
CREATE INDEX ix_part_round ON exam_part (round_id);

CREATE TABLE blueprint_row (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  position INT NOT NULL,
  topic_id BIGINT NOT NULL,
  difficulty VARCHAR(20) NOT NULL,
  question_count INT NOT NULL,
  points_each DECIMAL(7,2) NOT NULL,
  CONSTRAINT fk_row_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_row_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);
CREATE INDEX ix_row_part ON blueprint_row (part_id);

-- The approved versions a published part draws from, with what drawing needs, as they were then.
CREATE TABLE part_snapshot (
  part_id BIGINT NOT NULL,
  version_id BIGINT NOT NULL,
  topic_path VARCHAR(500) NOT NULL,
  difficulty VARCHAR(20) NOT NULL,
  qtype VARCHAR(30) NOT NULL,
  option_count INT NOT NULL,
  PRIMARY KEY (part_id, version_id),
  CONSTRAINT fk_snapshot_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_snapshot_version FOREIGN KEY (version_id) REFERENCES question_version (id)
);

CREATE TABLE exam_session (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  starts_at DATETIME(6) NOT NULL,
  window_minutes INT NOT NULL,
  room VARCHAR(200) NOT NULL,
  capacity INT NOT NULL,
  -- Read out by the proctor; candidates type it to check in.
  access_code VARCHAR(20) NOT NULL,
  late_minutes INT NOT NULL,
  -- The paper set the proctor drew by lot (OFFICIAL or BACKUP); NULL until drawn.
  drawn_set VARCHAR(10),
  drawn_at DATETIME(6),
  drawn_by VARCHAR(64),
  created_by VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  row_version BIGINT NOT NULL,
  CONSTRAINT fk_session_part FOREIGN KEY (part_id) REFERENCES exam_part (id)
);
CREATE INDEX ix_session_part ON exam_session (part_id);
CREATE INDEX ix_session_start ON exam_session (starts_at);

CREATE TABLE session_proctor (
  session_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  PRIMARY KEY (session_id, user_id),
  CONSTRAINT fk_proctor_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_proctor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- A candidate's place in a session.
CREATE TABLE seat (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  part_id BIGINT NOT NULL,
  CONSTRAINT uq_seat_part UNIQUE (part_id, application_id),
  CONSTRAINT fk_seat_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_seat_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_seat_part FOREIGN KEY (part_id) REFERENCES exam_part (id)
);
CREATE INDEX ix_seat_session ON seat (session_id);

-- Generated before the session opens, one per seat and set; items as 'version:points:order;...'.
CREATE TABLE paper (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  seat_id BIGINT NOT NULL,
  paper_set VARCHAR(10) NOT NULL,
  seed BIGINT NOT NULL,
  items MEDIUMTEXT NOT NULL,
  item_count INT NOT NULL,
  generated_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_paper_seat_set UNIQUE (seat_id, paper_set),
  CONSTRAINT fk_paper_seat FOREIGN KEY (seat_id) REFERENCES seat (id)
);

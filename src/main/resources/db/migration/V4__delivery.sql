-- Exam delivery: attempts, their answers (one row per question, upserted on every save) and the
-- focus/visibility events the proctor sees. Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE attempt (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  seat_id BIGINT NOT NULL,
  -- Copied from the seat so that the hot paths (save, clock) read one row: whose, which session.
  session_id BIGINT NOT NULL,
  candidate VARCHAR(64) NOT NULL,
  -- CHECKED_IN, IN_PROGRESS, SUBMITTED
  status VARCHAR(20) NOT NULL,
  checked_in_at DATETIME(6) NOT NULL,
  -- The paper of the drawn set, fixed at start.
  paper_id BIGINT,
  started_at DATETIME(6),
  -- The server's deadline; pauses and extensions move it, the browser only shows it.
  deadline DATETIME(6),
  accommodation_minutes INT NOT NULL,
  -- Linear navigation: the position the candidate has reached; earlier ones are closed.
  reached INT NOT NULL,
  linear_mode BOOLEAN NOT NULL,
  submitted_at DATETIME(6),
  -- CANDIDATE, DEADLINE (the page at its deadline) or SERVER (the auto-submit job)
  submitted_by VARCHAR(20),
  answers_hash CHAR(64),
  auto_points DECIMAL(9,3),
  auto_max DECIMAL(9,3),
  row_version BIGINT NOT NULL,
  CONSTRAINT uq_attempt_seat UNIQUE (seat_id),
  CONSTRAINT fk_attempt_seat FOREIGN KEY (seat_id) REFERENCES seat (id),
  CONSTRAINT fk_attempt_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
);
CREATE INDEX ix_attempt_due ON attempt (status, deadline);
CREATE INDEX ix_attempt_session ON attempt (session_id);

CREATE TABLE answer (
  attempt_id BIGINT NOT NULL,
  position INT NOT NULL,
  version_id BIGINT NOT NULL,
  -- The candidate's response as JSON in display positions; NULL when cleared.
  response MEDIUMTEXT,
  flagged BOOLEAN NOT NULL,
  -- The page's revision counter for this question: a save with a lower one is stale and ignored.
  revision BIGINT NOT NULL,
  saved_at DATETIME(6) NOT NULL,
  points DECIMAL(9,3),
  PRIMARY KEY (attempt_id, position),
  CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);

CREATE TABLE attempt_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  attempt_id BIGINT NOT NULL,
  -- FOCUS_LOST, FOCUS_BACK, HIDDEN, VISIBLE
  kind VARCHAR(20) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_event_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
CREATE INDEX ix_event_attempt ON attempt_event (attempt_id);

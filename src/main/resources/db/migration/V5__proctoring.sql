-- Proctoring: admission, pauses and extensions on attempts; incidents, violation records and the
-- seal of a session; the round's sanction deductions. Portable SQL: H2 (MODE=LEGACY) and MySQL.

-- PENDING (waiting for the proctor), ADMITTED or REFUSED. Attempts before this change were let in.
ALTER TABLE attempt ADD COLUMN admission VARCHAR(20) DEFAULT 'ADMITTED' NOT NULL;
ALTER TABLE attempt ADD COLUMN admission_by VARCHAR(64);
ALTER TABLE attempt ADD COLUMN admission_at DATETIME(6);
ALTER TABLE attempt ADD COLUMN admission_reason VARCHAR(2000);
-- While PAUSED: since when; the deadline moves by the paused time at resume.
ALTER TABLE attempt ADD COLUMN paused_at DATETIME(6);
ALTER TABLE attempt ADD COLUMN extended_minutes INT DEFAULT 0 NOT NULL;
-- When a proctor last changed the attempt's state or deadline: the candidate's page is told.
ALTER TABLE attempt ADD COLUMN control_changed_at DATETIME(6);
CREATE INDEX ix_attempt_control ON attempt (session_id, control_changed_at);

ALTER TABLE exam_session ADD COLUMN admission_required BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE exam_session ADD COLUMN paused_at DATETIME(6);
ALTER TABLE exam_session ADD COLUMN sealed_at DATETIME(6);
ALTER TABLE exam_session ADD COLUMN sealed_by VARCHAR(64);
ALTER TABLE exam_session ADD COLUMN seal_hash CHAR(64);

ALTER TABLE selection_round ADD COLUMN reprimand_percent INT DEFAULT 25 NOT NULL;
ALTER TABLE selection_round ADD COLUMN warning_percent INT DEFAULT 50 NOT NULL;

-- A categorized irregularity in the room, of one candidate or of the whole session.
CREATE TABLE incident (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT NOT NULL,
  attempt_id BIGINT,
  -- DEVICE, TALKING, COPYING, TECHNICAL, IDENTITY, OTHER
  category VARCHAR(20) NOT NULL,
  note VARCHAR(2000) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_incident_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_incident_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
CREATE INDEX ix_incident_session ON incident (session_id);

-- A violation record (biên bản): the sanction, the facts, and the deduction marking applies.
CREATE TABLE violation_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  attempt_id BIGINT NOT NULL,
  session_id BIGINT NOT NULL,
  -- REPRIMAND, WARNING, SUSPENSION
  sanction VARCHAR(20) NOT NULL,
  deduction_percent INT NOT NULL,
  facts VARCHAR(4000) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_violation_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
  CONSTRAINT fk_violation_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
);
CREATE INDEX ix_violation_session ON violation_record (session_id);

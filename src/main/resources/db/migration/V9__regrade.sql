-- Regrades of a computer part after the exam: a question's key corrected from a later version, or
-- the question voided (counted as right for everyone, or removed and the part rescaled).
-- Portable SQL: the same file runs on H2 (MODE=LEGACY) and MySQL/MariaDB.

-- A question version voided in a part. The marks of the part read it: CORRECT_FOR_ALL gives every
-- candidate who was shown it its full points, REMOVED takes it out of the points and the maximum.
CREATE TABLE question_void (
  part_id BIGINT NOT NULL,
  version_id BIGINT NOT NULL,
  -- CORRECT_FOR_ALL or REMOVED
  mode VARCHAR(20) NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  voided_by VARCHAR(64) NOT NULL,
  voided_at DATETIME(6) NOT NULL,
  PRIMARY KEY (part_id, version_id),
  CONSTRAINT fk_void_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_void_version FOREIGN KEY (version_id) REFERENCES question_version (id)
);

-- One applied regrade, with what it changed: the audit trail holds the same with its hash.
CREATE TABLE regrade (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  version_id BIGINT NOT NULL,
  -- KEY_CORRECTED, VOID_CORRECT or VOID_REMOVE
  action VARCHAR(20) NOT NULL,
  -- KEY_CORRECTED: the later version of the same question whose key was used.
  corrected_version_id BIGINT,
  reason VARCHAR(2000) NOT NULL,
  applied_by VARCHAR(64) NOT NULL,
  applied_at DATETIME(6) NOT NULL,
  -- The counts and each changed candidate's figures before and after, as text.
  changes MEDIUMTEXT NOT NULL,
  CONSTRAINT fk_regrade_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_regrade_version FOREIGN KEY (version_id) REFERENCES question_version (id),
  CONSTRAINT fk_regrade_corrected FOREIGN KEY (corrected_version_id) REFERENCES question_version (id)
);
CREATE INDEX ix_regrade_part ON regrade (part_id, applied_at);

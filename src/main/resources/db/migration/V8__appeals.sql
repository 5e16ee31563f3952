-- Appeals (phúc khảo): a candidate's request that an essay script or a presentation be re-marked
-- blind by an examiner who did not mark it, and the committee's decision; and candidates' reports
-- of a suspected wrong key in a computer-marked question, for the bank editors.
-- Portable SQL: the same file runs on H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE appeal (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  part_id BIGINT NOT NULL,
  -- ESSAY (one script) or PRESENTATION (the board's mark)
  kind VARCHAR(20) NOT NULL,
  -- The script appealed; null for a presentation.
  script_id BIGINT,
  -- What is appealed, once only: S<script id>, or P<part id>-<application id> for a presentation.
  subject VARCHAR(60) NOT NULL,
  reason VARCHAR(4000) NOT NULL,
  filed_by VARCHAR(64) NOT NULL,
  filed_at DATETIME(6) NOT NULL,
  -- FILED, REMARKING (a re-marker is assigned), DECIDED, REJECTED
  status VARCHAR(20) NOT NULL,
  remarker VARCHAR(64),
  assigned_at DATETIME(6),
  -- The candidate's part mark on 100 before and after the re-mark; for a presentation mark_after
  -- is the re-marker's mark on 100, which replaces the board's once decided.
  mark_before DECIMAL(9,2),
  mark_after DECIMAL(9,2),
  remarked_at DATETIME(6),
  decided_by VARCHAR(64),
  decided_at DATETIME(6),
  decision_note VARCHAR(2000),
  row_version BIGINT NOT NULL,
  CONSTRAINT uq_appeal_subject UNIQUE (subject),
  CONSTRAINT fk_appeal_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_appeal_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_appeal_script FOREIGN KEY (script_id) REFERENCES essay_script (id)
);
CREATE INDEX ix_appeal_part ON appeal (part_id, status);
CREATE INDEX ix_appeal_remarker ON appeal (remarker, status);

-- A candidate's report that the key of a computer-marked question of their attempt looks wrong.
CREATE TABLE key_report (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  attempt_id BIGINT NOT NULL,
  -- 0-based position in the candidate's paper (shown to people as position + 1).
  position INT NOT NULL,
  -- The question version the candidate answered.
  version_id BIGINT NOT NULL,
  text VARCHAR(4000) NOT NULL,
  filed_by VARCHAR(64) NOT NULL,
  filed_at DATETIME(6) NOT NULL,
  -- OPEN or CLOSED
  status VARCHAR(10) NOT NULL,
  handled_by VARCHAR(64),
  handled_at DATETIME(6),
  note VARCHAR(2000),
  CONSTRAINT uq_key_report UNIQUE (attempt_id, position),
  CONSTRAINT fk_key_report_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
CREATE INDEX ix_key_report_status ON key_report (status, filed_at);

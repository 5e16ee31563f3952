-- Marking and ranking: a computer part's marking rules, blind double marking of essays, the
-- round's ranking settings, and the committee's sign-off of each post's shortlist.
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB.

-- ALL_OR_NOTHING or PARTIAL_CREDIT; the share of a question's points a wrong guess loses (0 = none).
ALTER TABLE exam_part ADD COLUMN marking_mode VARCHAR(20) DEFAULT 'ALL_OR_NOTHING' NOT NULL;
ALTER TABLE exam_part ADD COLUMN negative_fraction DECIMAL(5,4) DEFAULT 0 NOT NULL;
-- Two essay marks further apart than this share of the question's points go to a third marker.
ALTER TABLE exam_part ADD COLUMN essay_threshold_percent INT DEFAULT 10 NOT NULL;
-- The head of the marking board: the third marker of the part's essays.
ALTER TABLE exam_part ADD COLUMN head_marker VARCHAR(64);

-- The tie-break chain, in order (HIGHER_PROFESSIONAL, HIGHER_THEORY, HIGHER_PRESENTATION, COMMITTEE).
ALTER TABLE selection_round ADD COLUMN tie_breaks VARCHAR(200) DEFAULT 'HIGHER_PROFESSIONAL,HIGHER_THEORY,COMMITTEE' NOT NULL;
-- Candidates held in reserve after the appointees of each post.
ALTER TABLE selection_round ADD COLUMN reserve_places INT DEFAULT 0 NOT NULL;
-- The share of the committee's voting members whose approval makes a shortlist final:
-- more than (strict) or at least numerator/denominator.
ALTER TABLE selection_round ADD COLUMN quorum_numerator INT DEFAULT 1 NOT NULL;
ALTER TABLE selection_round ADD COLUMN quorum_denominator INT DEFAULT 2 NOT NULL;
ALTER TABLE selection_round ADD COLUMN quorum_strict BOOLEAN DEFAULT TRUE NOT NULL;
-- The committee chair, who alone may reopen a final shortlist.
ALTER TABLE selection_round ADD COLUMN chair VARCHAR(64);
-- Days after publication within which a candidate may appeal an essay or presentation mark.
ALTER TABLE selection_round ADD COLUMN appeal_days INT DEFAULT 15 NOT NULL;
ALTER TABLE selection_round ADD COLUMN results_published_at DATETIME(6);
ALTER TABLE selection_round ADD COLUMN results_published_by VARCHAR(64);

-- The examiners who mark a part's essays.
CREATE TABLE part_marker (
  part_id BIGINT NOT NULL,
  marker VARCHAR(64) NOT NULL,
  PRIMARY KEY (part_id, marker),
  CONSTRAINT fk_marker_part FOREIGN KEY (part_id) REFERENCES exam_part (id)
);

-- One essay answer to mark, known to its markers only by its code.
CREATE TABLE essay_script (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  attempt_id BIGINT NOT NULL,
  position INT NOT NULL,
  -- The question version answered: its stem and rubric are what the markers mark against.
  version_id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  max_points DECIMAL(9,4) NOT NULL,
  -- DOUBLE (two markers at work), THIRD (they disagree: the head decides), FINAL
  status VARCHAR(20) NOT NULL,
  final_points DECIMAL(9,4),
  created_at DATETIME(6) NOT NULL,
  row_version BIGINT NOT NULL,
  CONSTRAINT uq_script_code UNIQUE (code),
  CONSTRAINT uq_script_answer UNIQUE (attempt_id, position),
  CONSTRAINT fk_script_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_script_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
);
CREATE INDEX ix_script_part ON essay_script (part_id, status);

-- One marker's mark of a script: FIRST, SECOND, THIRD, or APPEAL (a re-mark after an appeal).
CREATE TABLE essay_mark (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  script_id BIGINT NOT NULL,
  role VARCHAR(10) NOT NULL,
  marker VARCHAR(64) NOT NULL,
  points DECIMAL(9,4),
  comment VARCHAR(4000),
  assigned_at DATETIME(6) NOT NULL,
  marked_at DATETIME(6),
  CONSTRAINT uq_mark_role UNIQUE (script_id, role),
  CONSTRAINT fk_mark_script FOREIGN KEY (script_id) REFERENCES essay_script (id)
);
CREATE INDEX ix_mark_marker ON essay_mark (marker, marked_at);

-- Where a post's shortlist stands. A reopening starts a new cycle whose votes start from zero.
CREATE TABLE shortlist_state (
  post_id BIGINT PRIMARY KEY,
  cycle INT NOT NULL,
  -- OPEN or FINAL
  status VARCHAR(10) NOT NULL,
  finalized_at DATETIME(6),
  -- The ranking and shortlist as approved (JSON) and its SHA-256.
  snapshot MEDIUMTEXT,
  snapshot_hash CHAR(64),
  row_version BIGINT NOT NULL,
  CONSTRAINT fk_shortlist_post FOREIGN KEY (post_id) REFERENCES post (id)
);

-- A committee member's vote on a post's shortlist, for the ranking whose hash it names: a vote
-- approves exactly what the member saw, and a changed ranking needs new votes.
CREATE TABLE committee_vote (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  post_id BIGINT NOT NULL,
  cycle INT NOT NULL,
  member VARCHAR(64) NOT NULL,
  -- APPROVE or OBJECT
  stance VARCHAR(10) NOT NULL,
  comment VARCHAR(2000),
  ranking_hash CHAR(64) NOT NULL,
  voted_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_vote_member UNIQUE (post_id, cycle, member),
  CONSTRAINT fk_vote_post FOREIGN KEY (post_id) REFERENCES post (id)
);

-- A member's declared conflict of interest with a candidate: the member is recused from the post.
CREATE TABLE conflict_of_interest (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT NOT NULL,
  member VARCHAR(64) NOT NULL,
  note VARCHAR(2000) NOT NULL,
  declared_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_conflict UNIQUE (application_id, member),
  CONSTRAINT fk_conflict_application FOREIGN KEY (application_id) REFERENCES application (id)
);

-- The committee's decision on a tie the chain could not break: the candidate numbers in order.
CREATE TABLE tie_decision (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  post_id BIGINT NOT NULL,
  candidate_order VARCHAR(2000) NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  decided_by VARCHAR(64) NOT NULL,
  decided_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_tie_post FOREIGN KEY (post_id) REFERENCES post (id)
);

-- The chair's recorded reopening of a final shortlist.
CREATE TABLE shortlist_reopening (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  post_id BIGINT NOT NULL,
  cycle INT NOT NULL,
  reopened_by VARCHAR(64) NOT NULL,
  reopened_at DATETIME(6) NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  CONSTRAINT fk_reopening_post FOREIGN KEY (post_id) REFERENCES post (id)
);

-- A candidate who did not present: recorded by the committee, so the part is absent, not pending.
CREATE TABLE presentation_absence (
  part_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (part_id, application_id),
  CONSTRAINT fk_absence_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_absence_application FOREIGN KEY (application_id) REFERENCES application (id)
);

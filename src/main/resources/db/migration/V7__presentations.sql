-- Action-plan presentations (thuyết trình đề án): the board's aggregation setting, the scoring
-- sheet's criteria, the board members, the order drawn by lot and the members' scoring sheets.
-- Portable SQL: the same file runs on H2 (MODE=LEGACY) and MySQL/MariaDB.

-- How the board's sheets combine into the part's mark: MEAN or TRIMMED_MEAN (drop one highest
-- and one lowest total). Only a PRESENTATION part reads it.
ALTER TABLE exam_part ADD COLUMN board_aggregation VARCHAR(20) DEFAULT 'MEAN' NOT NULL;

-- The criteria of a presentation part's scoring sheet (phiếu chấm), in order; their maxima total
-- 100 (checked by the application). They cannot change once a sheet exists.
CREATE TABLE presentation_criterion (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  position INT NOT NULL,
  name VARCHAR(300) NOT NULL,
  max_points DECIMAL(5,2) NOT NULL,
  CONSTRAINT uq_pres_criterion_position UNIQUE (part_id, position),
  CONSTRAINT fk_pres_criterion_part FOREIGN KEY (part_id) REFERENCES exam_part (id)
);

-- The board members (users with the EXAMINER role) who score a presentation part: 3 to 9.
CREATE TABLE presentation_member (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  CONSTRAINT uq_pres_member UNIQUE (part_id, user_id),
  CONSTRAINT fk_pres_member_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_pres_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- The presentation order drawn by lot, once per part, from a recorded seed: anyone can draw it
-- again from the seed and the candidate numbers (see PresentationOrder).
CREATE TABLE presentation_draw (
  part_id BIGINT PRIMARY KEY,
  seed BIGINT NOT NULL,
  drawn_by VARCHAR(64) NOT NULL,
  drawn_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_pres_draw_part FOREIGN KEY (part_id) REFERENCES exam_part (id)
);

-- Each candidate's turn (1-based) in the drawn order.
CREATE TABLE presentation_turn (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  turn INT NOT NULL,
  application_id BIGINT NOT NULL,
  candidate_number VARCHAR(20) NOT NULL,
  CONSTRAINT uq_pres_turn UNIQUE (part_id, turn),
  CONSTRAINT uq_pres_turn_application UNIQUE (part_id, application_id),
  CONSTRAINT fk_pres_turn_draw FOREIGN KEY (part_id) REFERENCES presentation_draw (part_id),
  CONSTRAINT fk_pres_turn_application FOREIGN KEY (application_id) REFERENCES application (id)
);

-- A board member's scoring sheet for one candidate; final once submitted (never updated).
CREATE TABLE presentation_sheet (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  part_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  comment VARCHAR(2000),
  submitted_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_pres_sheet UNIQUE (part_id, application_id, member_id),
  CONSTRAINT fk_pres_sheet_part FOREIGN KEY (part_id) REFERENCES exam_part (id),
  CONSTRAINT fk_pres_sheet_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_pres_sheet_member FOREIGN KEY (member_id) REFERENCES app_user (id)
);
CREATE INDEX ix_pres_sheet_application ON presentation_sheet (part_id, application_id);

-- One score per criterion of the sheet, 0 to the criterion's maximum, 2 decimals.
CREATE TABLE presentation_score (
  sheet_id BIGINT NOT NULL,
  criterion_id BIGINT NOT NULL,
  score DECIMAL(5,2) NOT NULL,
  PRIMARY KEY (sheet_id, criterion_id),
  CONSTRAINT fk_pres_score_sheet FOREIGN KEY (sheet_id) REFERENCES presentation_sheet (id),
  CONSTRAINT fk_pres_score_criterion FOREIGN KEY (criterion_id) REFERENCES presentation_criterion (id)
);

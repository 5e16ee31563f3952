-- Identity and the audit trail. Portable SQL: the same file runs on H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE app_user (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  email VARCHAR(200),
  password_hash VARCHAR(512) NOT NULL,
  enabled BOOLEAN NOT NULL,
  must_change_password BOOLEAN NOT NULL,
  failed_logins INT NOT NULL,
  locked_until DATETIME(6),
  preferred_locale VARCHAR(8) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  last_login_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE user_role (
  user_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Append-only: each row carries the SHA-256 of its content and of the previous row.
CREATE TABLE audit_event (
  seq BIGINT PRIMARY KEY,
  occurred_at DATETIME(6) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(64) NOT NULL,
  target VARCHAR(200),
  details VARCHAR(4000),
  reason VARCHAR(2000),
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);

CREATE INDEX ix_audit_event_action ON audit_event (action);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);

-- One row: the head of the chain. Appenders lock it, so the chain stays linear across instances.
CREATE TABLE audit_head (
  id INT PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

package org.sathach.audit;

import java.time.Instant;

/**
 * The content of one audit event as the hash chain sees it. The hash covers every field and the
 * previous row's hash, so altering, deleting or reordering a row breaks a link.
 */
public record AuditRecord(
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String target,
    String details,
    String reason,
    String prevHash,
    String hash) {}

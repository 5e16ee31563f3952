/**
 * The tamper-evident audit trail: an append-only table of events in a SHA-256 hash chain, and the
 * verifier that finds the first broken link. Every feature records its decisions here through
 * {@link org.sathach.audit.AuditTrail}.
 */
package org.sathach.audit;

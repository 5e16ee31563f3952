package org.sathach.delivery;

import java.time.Instant;

/**
 * The server's acknowledgement of a save: the revision it now holds for the question and when it
 * was stored. Once a page has this, the answer is in the database.
 */
public record Ack(int position, long revision, Instant savedAt) {}

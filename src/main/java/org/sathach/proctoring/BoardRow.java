package org.sathach.proctoring;

import java.time.Instant;

/**
 * One candidate on the live board. {@code attemptId} is null before check-in; {@code secondsLeft}
 * is the time left on the server's deadline (frozen while paused).
 */
public record BoardRow(
    long seatId,
    Long attemptId,
    String candidateNumber,
    String fullName,
    BoardStatus status,
    int answered,
    int total,
    long secondsLeft,
    Instant deadline,
    Instant lastSeen,
    int focusLosses,
    int incidents,
    int sanctions) {}

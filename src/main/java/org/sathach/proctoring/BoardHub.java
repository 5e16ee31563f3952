package org.sathach.proctoring;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes session boards to proctors and control changes (pause, extension, end, admission) to
 * candidates, over Server-Sent Events. The database is the only source: once a second this instance
 * reads each watched session's board in one query, and the control state of the watched attempts,
 * and sends what changed. Any instance can therefore feed any board, whichever instance took the
 * change; a reconnecting client gets the current state at once.
 */
@ApplicationScoped
public class BoardHub {
  private static final Logger LOG = Logger.getLogger(BoardHub.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private BoardReads reads;

  private final Map<Long, Set<SseEventSink>> boards = new ConcurrentHashMap<>();
  private final Map<Long, String> lastBoards = new ConcurrentHashMap<>();
  private final Map<Long, Map<Long, Set<SseEventSink>>> controls = new ConcurrentHashMap<>();
  private final Map<Long, String> lastControls = new ConcurrentHashMap<>();
  private volatile Sse sse;
  private ScheduledFuture<?> ticking;

  /** A proctor's board joins; it gets the board now and every change after. */
  public void watchBoard(long sessionId, SseEventSink sink, Sse sse) {
    this.sse = sse;
    boards.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(sink);
    send(sink, "board", stamped(boardJson(sessionId)));
    startTicking();
  }

  /** A candidate's page joins; it gets the attempt's control state now and every change after. */
  public void watchAttempt(long sessionId, long attemptId, SseEventSink sink, Sse sse) {
    this.sse = sse;
    controls
        .computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
        .computeIfAbsent(attemptId, id -> ConcurrentHashMap.newKeySet())
        .add(sink);
    String state = controlStates(sessionId).get(attemptId);
    if (state != null) {
      send(sink, "control", state);
    }
    startTicking();
  }

  private synchronized void startTicking() {
    if (ticking == null || ticking.isDone()) {
      ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  void tick() {
    try {
      boards.forEach(
          (sessionId, sinks) -> {
            sinks.removeIf(SseEventSink::isClosed);
            if (sinks.isEmpty()) {
              boards.remove(sessionId);
              lastBoards.remove(sessionId);
              return;
            }
            String json = boardJson(sessionId);
            if (!json.equals(lastBoards.put(sessionId, json))) {
              String payload = stamped(json);
              sinks.forEach(sink -> send(sink, "board", payload));
            }
          });
      controls.forEach(
          (sessionId, attempts) -> {
            attempts.values().forEach(sinks -> sinks.removeIf(SseEventSink::isClosed));
            for (Long attemptId : attempts.keySet()) {
              // Nobody watches the attempt any more (checked atomically, so a page joining now
              // is kept): forget it and what it last showed.
              if (attempts.computeIfPresent(
                      attemptId, (id, sinks) -> sinks.isEmpty() ? null : sinks)
                  == null) {
                lastControls.remove(attemptId);
              }
            }
            if (attempts.isEmpty()) {
              controls.remove(sessionId);
              return;
            }
            Map<Long, String> states = controlStates(sessionId);
            attempts.forEach(
                (attemptId, sinks) -> {
                  String state = states.get(attemptId);
                  if (state != null && !state.equals(lastControls.put(attemptId, state))) {
                    sinks.forEach(sink -> send(sink, "control", state));
                  }
                });
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Board push round failed; the next one retries", e);
    }
  }

  /** The board with the server's time, so a page counts down from the server's clock. */
  private static String stamped(String board) {
    return "{\"now\":" + System.currentTimeMillis() + ",\"board\":" + board + "}";
  }

  private void send(SseEventSink sink, String name, String json) {
    Sse events = sse;
    if (events == null || sink.isClosed()) {
      return;
    }
    OutboundSseEvent event = events.newEventBuilder().name(name).data(json).build();
    sink.send(event)
        .exceptionally(
            failure -> {
              closeQuietly(sink);
              return null;
            });
  }

  private static void closeQuietly(SseEventSink sink) {
    try {
      sink.close();
    } catch (RuntimeException ignored) {
      // the client is gone already
    }
  }

  private String boardJson(long sessionId) {
    return reads.boardJson(sessionId);
  }

  private Map<Long, String> controlStates(long sessionId) {
    return reads.controlStates(sessionId);
  }
}

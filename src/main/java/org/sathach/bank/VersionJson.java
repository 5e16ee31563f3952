package org.sathach.bank;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Turns a version's type-specific parts into JSON and back (JSON-B). */
final class VersionJson {
  private static final Jsonb JSONB = JsonbBuilder.create();

  private VersionJson() {}

  static String write(QuestionData data) {
    return JSONB.toJson(VersionContent.of(data));
  }

  static VersionContent read(String json) {
    return JSONB.fromJson(json, VersionContent.class);
  }
}

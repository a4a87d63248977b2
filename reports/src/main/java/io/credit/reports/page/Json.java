package io.credit.reports.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flattens a JSON object (metrics, parameters, provenance) into dotted key → text for a table. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static Map<String, String> flatten(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    try {
      walk("", MAPPER.readTree(json), out);
    } catch (IOException e) {
      out.put("(unreadable)", json.length() > 200 ? json.substring(0, 200) + "…" : json);
    }
    return out;
  }

  private static void walk(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> walk(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
    } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
      for (int i = 0; i < node.size(); i++) {
        walk(prefix + "[" + i + "]", node.get(i), out);
      }
    } else if (node.isNumber()) {
      double v = node.asDouble();
      out.put(prefix, node.isIntegralNumber() ? node.asText() : String.format(java.util.Locale.ROOT, "%.4f", v));
    } else {
      out.put(prefix.isEmpty() ? "value" : prefix, node.isTextual() ? node.asText() : node.toString());
    }
  }
}

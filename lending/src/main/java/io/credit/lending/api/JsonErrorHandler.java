package io.credit.lending.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the API (a target it cannot parse,
 * headers over the size limit, a malformed request line): the API's JSON error body, never an HTML
 * page, a stack trace or the rejected input.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(EligibilityServer.CONTENT_TYPE);
    response.write(true, body(code), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(EligibilityServer.CONTENT_TYPE);
    return body(status);
  }

  private static ByteBuffer body(int status) {
    String code = switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 413, 414, 431 -> "request_too_large";
      default -> status >= 500 ? "internal" : "bad_request";
    };
    String message = status >= 500 ? "internal error; the request was not processed"
        : "the request was rejected before it reached the API (HTTP " + status + "); see /openapi.json";
    return ByteBuffer.wrap(("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }
}

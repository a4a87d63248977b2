package io.credit.lending.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection of the load generator: a blocking socket, a hand-written GET,
 * and a response read by its {@code Content-Length}. The JDK's {@code HttpClient} cost about one of
 * the two cores at 2,000 requests/s (futures, a selector thread, header maps per request), which
 * the server under test then did not have; this does the same exchange with a few byte copies.
 * Reconnects after an error or a {@code Connection: close}.
 */
final class KeepAliveConnection implements AutoCloseable {
  /** A response: status code and body bytes. */
  record Response(int status, byte[] body) {}

  private final InetSocketAddress address;
  private final byte[] headers;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] line = new byte[8192];

  KeepAliveConnection(String host, int port, String bearerKey, int timeoutMillis) {
    this.address = new InetSocketAddress(host, port);
    this.headers = (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer " + bearerKey
        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    this.timeoutMillis = timeoutMillis;
  }

  /** Sends {@code GET path} and reads the whole response; on failure the connection is dropped and the error thrown. */
  Response get(String path) throws IOException {
    try {
      if (socket == null) {
        connect();
      }
      byte[] p = path.getBytes(StandardCharsets.US_ASCII);
      byte[] request = new byte[4 + p.length + headers.length];
      System.arraycopy("GET ".getBytes(StandardCharsets.US_ASCII), 0, request, 0, 4);
      System.arraycopy(p, 0, request, 4, p.length);
      System.arraycopy(headers, 0, request, 4 + p.length, headers.length);
      out.write(request);
      out.flush();
      return read();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(address, timeoutMillis);
    socket.setSoTimeout(timeoutMillis);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    out = socket.getOutputStream();
  }

  private Response read() throws IOException {
    String status = readLine();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean closeAfter = false;
    for (String h = readLine(); !h.isEmpty(); h = readLine()) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        String name = h.substring(0, colon).trim();
        String value = h.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          length = Integer.parseInt(value);
        } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
          closeAfter = true;
        }
      }
    }
    if (length < 0) {
      throw new IOException("response without Content-Length (status " + code + ")");
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new EOFException("response body cut at " + body.length + " of " + length + " bytes");
    }
    if (closeAfter) {
      close();
    }
    return new Response(code, body);
  }

  private String readLine() throws IOException {
    int n = 0;
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (n == line.length) {
        throw new IOException("header line longer than " + line.length + " bytes");
      }
      line[n++] = (byte) b;
    }
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    return new String(line, 0, n, StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a broken connection
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}

package io.credit.app.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP forwarder on a loopback port to a database server, which a test can cut (every open
 * connection reset, new ones refused, as when the server or the network goes away) and restore on
 * the same port.
 */
final class CuttableProxy implements AutoCloseable {
  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "cuttable-proxy");
    t.setDaemon(true);
    return t;
  });
  private ServerSocket listener;

  private CuttableProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
    accept(listener);
  }

  /** Starts forwarding a free loopback port to {@code host:port}. */
  static CuttableProxy to(String host, int port) throws IOException {
    return new CuttableProxy(new InetSocketAddress(host, port));
  }

  int port() {
    return port;
  }

  /** Resets every forwarded connection and stops listening: connecting is refused until {@link #restore()}. */
  synchronized void cut() throws IOException {
    if (listener != null) {
      listener.close();
      listener = null;
    }
    for (Socket s : open) {
      reset(s);
    }
    open.clear();
  }

  /** Listens on the same port again. */
  synchronized void restore() throws IOException {
    if (listener == null) {
      listener = listen(port);
      accept(listener);
    }
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return s;
  }

  private void accept(ServerSocket from) {
    threads.execute(() -> {
      while (!from.isClosed()) {
        try {
          Socket client = from.accept();
          Socket server = new Socket();
          try {
            server.connect(target, 5_000);
          } catch (IOException e) {
            reset(client);
            continue;
          }
          open.add(client);
          open.add(server);
          threads.execute(() -> pipe(client, server));
          threads.execute(() -> pipe(server, client));
        } catch (IOException e) {
          // closed by cut() or close()
        }
      }
    });
  }

  private void pipe(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // reset by cut(), or the other side went away
    } finally {
      reset(from);
      reset(to);
    }
  }

  /** Closes with SO_LINGER 0, so the peer sees a connection reset rather than an orderly end. */
  private void reset(Socket s) {
    open.remove(s);
    try {
      if (!s.isClosed()) {
        s.setSoLinger(true, 0);
        s.close();
      }
    } catch (IOException e) {
      // already gone
    }
  }

  @Override
  public synchronized void close() throws IOException {
    cut();
    threads.shutdownNow();
  }
}

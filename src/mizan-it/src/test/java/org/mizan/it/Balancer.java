package org.mizan.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A load balancer in front of several Mizan nodes that the test steers: every request goes to the node it is set to,
 * as a balancer does when the node a user was on dies or is taken out. It forwards as a trusted reverse proxy does
 * (X-Forwarded-For/-Host/-Proto), so the nodes build their links to it, and never follows a redirect itself.
 */
final class Balancer implements AutoCloseable {

    /** Hop-by-hop headers, and those the JDK's client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "keep-alive",
            "transfer-encoding", "upgrade", "expect", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicReference<URI> node = new AtomicReference<>();

    Balancer(int port, URI firstNode) throws IOException {
        node.set(firstNode);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/", this::forward);
        server.setExecutor(workers);
        server.start();
    }

    URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    /** From now on every request goes to {@code next}. */
    void sendTo(URI next) {
        node.set(next);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(node.get().resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofMinutes(2))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress())
                    .header("X-Forwarded-Host", exchange.getRequestHeaders().getFirst("Host"))
                    .header("X-Forwarded-Proto", "http");
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1); // the node is down, as a balancer would say
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] out = response.body();
            boolean empty = out.length == 0 || response.statusCode() == 204 || response.statusCode() == 304
                    || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : out.length);
            if (!empty) {
                try (OutputStream sent = exchange.getResponseBody()) {
                    sent.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}

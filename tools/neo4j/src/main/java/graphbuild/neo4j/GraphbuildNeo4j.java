package graphbuild.neo4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

/**
 * graphbuild's local Neo4j: an embedded Neo4j 5.26 Community DBMS with a Bolt connector (which also
 * accepts WebSocket, for Neo4j Browser) plus a tiny HTTP server for the Neo4j Browser static files.
 *
 * <p>Usage: {@code GraphbuildNeo4j HOME HOST BOLT_PORT HTTP_PORT}; the password of user {@code neo4j}
 * comes from the environment variable {@code GRAPHBUILD_NEO4J_PASSWORD} (never the command line) and
 * is (re)applied at every start. Prints {@value #READY} once the password is set and Bolt listens.
 * Exit codes: 2 usage, 3 HTTP port taken, 4 DBMS failed to start, 5 password could not be set.
 */
public final class GraphbuildNeo4j {
    static final String READY = "GRAPHBUILD-NEO4J-READY";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("jpg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("map", "application/json"));

    private GraphbuildNeo4j() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: GraphbuildNeo4j HOME HOST BOLT_PORT HTTP_PORT (password in $GRAPHBUILD_NEO4J_PASSWORD)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = args[1];
        int boltPort = Integer.parseInt(args[2]);
        int httpPort = Integer.parseInt(args[3]);
        String password = System.getenv("GRAPHBUILD_NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("GRAPHBUILD_NEO4J_PASSWORD is not set");
            System.exit(2);
        }

        HttpServer http;
        try { // bind HTTP first: a taken port fails fast, before the database starts
            http = HttpServer.create(new InetSocketAddress(host, httpPort), 0);
        } catch (IOException e) {
            System.err.println("cannot listen on " + host + ":" + httpPort + " (HTTP): " + e.getMessage());
            System.exit(3);
            return;
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // stop in ~2 s instead of ~11 s (two 5 s Bolt grace periods); the store is checkpointed first
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                    .build();
        } catch (RuntimeException e) {
            System.err.println("Neo4j failed to start: " + e);
            e.printStackTrace();
            http.stop(0);
            System.exit(4);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("shutting down");
            http.stop(0);
            dbms.shutdown();
            System.out.println("stopped");
        }, "graphbuild-neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            System.err.println("could not set the password of user neo4j: " + e.getMessage());
            System.exit(5);
        }

        String version = Version.getNeo4jVersion();
        String discovery = "{\"bolt_routing\":\"neo4j://" + host + ":" + boltPort + "\",\"bolt_direct\":\"bolt://" + host
                + ":" + boltPort + "\",\"neo4j_version\":\"" + version + "\",\"neo4j_edition\":\"community\"}";
        http.createContext("/", exchange -> serve(exchange, discovery));
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        System.out.println("Neo4j " + version + " Community: bolt://" + host + ":" + boltPort + ", Browser http://" + host
                + ":" + httpPort + "/, data in " + home);
        System.out.println(READY);
        System.out.flush();
    }

    /** Sets the password of {@code neo4j} through the system database (embedded calls bypass auth). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            System.out.println("password of user neo4j set");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Old password and new password cannot be the same")) {
                System.out.println("password of user neo4j unchanged");
                return;
            }
            throw e;
        }
    }

    /** Serves Neo4j Browser from the classpath folder {@code browser/} at {@code /} and {@code /browser/}. */
    private static void serve(HttpExchange exchange, String discovery) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
            if ("/".equals(path) && accept.contains("application/json") && !accept.contains("text/html")) {
                send(exchange, 200, "application/json", discovery.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if ("/browser".equals(path)) {
                exchange.getResponseHeaders().add("Location", "/browser/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (path.startsWith("/browser/")) {
                path = path.substring("/browser".length());
            }
            if (path.endsWith("/")) {
                path += "index.html";
            }
            if (path.contains("..")) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            try (InputStream in = GraphbuildNeo4j.class.getClassLoader().getResourceAsStream("browser" + path)) {
                if (in == null) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String ext = path.substring(path.lastIndexOf('.') + 1);
                send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

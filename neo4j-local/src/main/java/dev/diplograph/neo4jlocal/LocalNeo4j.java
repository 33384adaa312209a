package dev.diplograph.neo4jlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs one Neo4j Community DBMS with a Bolt connector on 127.0.0.1, for diplograph's default local database.
 * Prints exactly one line starting with READY once Bolt accepts connections; shuts down cleanly on SIGTERM/SIGINT.
 *
 * <p>Arguments (all optional): --port N (default 7687), --data DIR (default ./data), --pagecache SIZE (default 1g),
 * --plugins DIR (default: target/plugins beside the jar), --parent-pid PID (shut down when that process is gone, so a
 * killed parent never leaves a database running).
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    int port = 7687;
    Path data = Path.of("data");
    String pageCache = "1g";
    Path plugins = defaultPluginDir();
    long parentPid = -1;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(require(args[i], value));
        case "--data" -> data = Path.of(require(args[i], value));
        case "--pagecache" -> pageCache = require(args[i], value);
        case "--plugins" -> plugins = Path.of(require(args[i], value));
        case "--parent-pid" -> parentPid = Long.parseLong(require(args[i], value));
        default -> fail("unknown argument " + args[i]);
      }
      i++;
    }
    if (port < 1 || port > 65535) fail("--port must be between 1 and 65535");
    Files.createDirectories(data);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(data.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            // Loopback only: this database has auth off and must never be reachable from the network.
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath())
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
            .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("apoc.*", "db.*", "dbms.*", "tx.*"))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("neo4j-local: shutting down");
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    String version = db.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS v", java.util.Map.of(),
        r -> String.valueOf(r.next().get("v")));
    System.out.println("READY bolt://127.0.0.1:" + port + " neo4j=" + version + " data=" + data.toAbsolutePath());
    System.out.flush();
    if (parentPid > 0) watchParent(parentPid);
    stopped.await();
  }

  private static void watchParent(long pid) {
    Thread watchdog =
        new Thread(
            () -> {
              while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.out.println("neo4j-local: parent process " + pid + " is gone");
              System.exit(0);
            },
            "neo4j-local-parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private static Path defaultPluginDir() throws Exception {
    Path jar = Path.of(LocalNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.getParent().resolve("plugins");
  }

  private static String require(String flag, String value) {
    if (value == null) fail(flag + " needs a value");
    return value;
  }

  private static void fail(String message) {
    System.err.println("neo4j-local: " + message);
    System.exit(2);
  }
}

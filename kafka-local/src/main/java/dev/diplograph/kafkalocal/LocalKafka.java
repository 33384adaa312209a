package dev.diplograph.kafkalocal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Runs one Apache Kafka broker in KRaft mode (broker and controller in one process) on 127.0.0.1, for diplograph's
 * workers, tests and benchmarks. Formats its data folder the first time, prints exactly one line starting with READY
 * once clients can connect, and shuts down cleanly on SIGTERM/SIGINT.
 *
 * <p>Arguments (all optional): --port N (default 9092), --controller-port N (default: a free one), --data DIR
 * (default ./kafka-data), --parent-pid PID (shut down when that process is gone), --watch-stdin (shut down when
 * stdin closes), so a killed parent never leaves a broker running.
 */
public final class LocalKafka {
  private LocalKafka() {}

  public static void main(String[] args) throws Exception {
    int port = 9092;
    int controllerPort = 0;
    Path data = Path.of("kafka-data");
    long parentPid = -1;
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(require(args[i], value));
        case "--controller-port" -> controllerPort = Integer.parseInt(require(args[i], value));
        case "--data" -> data = Path.of(require(args[i], value));
        case "--parent-pid" -> parentPid = Long.parseLong(require(args[i], value));
        case "--watch-stdin" -> {
          watchStdin = true;
          continue;
        }
        default -> fail("unknown argument " + args[i]);
      }
      i++;
    }
    if (port < 1 || port > 65535) fail("--port must be between 1 and 65535");
    if (controllerPort == 0) controllerPort = freePort();
    Path dir = data.toAbsolutePath();
    Path logs = dir.resolve("logs");
    Files.createDirectories(logs);

    Properties props = brokerProperties(port, controllerPort, logs);
    Path configFile = dir.resolve("server.properties");
    try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
      props.store(out, "written by kafka-local at every start");
    }
    format(configFile, logs);

    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("kafka-local: shutting down");
                  server.shutdown();
                  server.awaitShutdown();
                  stopped.countDown();
                },
                "kafka-local-shutdown"));
    // Returns once the broker is registered with the controller and unfenced: clients can produce and consume.
    server.startup();
    System.out.println("READY kafka://127.0.0.1:" + port + " kafka=" + kafkaVersion() + " data=" + dir);
    System.out.flush();
    if (parentPid > 0) watchParent(parentPid);
    if (watchStdin) watchStdin();
    stopped.await();
  }

  private static Properties brokerProperties(int port, int controllerPort, Path logs) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    // Loopback only: this broker has no authentication and must never be reachable from the network.
    p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty("log.dirs", logs.toString());
    // One node: every internal topic has one replica; fewer offset partitions make the first group join quick.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "8");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "4");
    // Consumers of a fresh group start at once instead of waiting 3 s for more members.
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("num.partitions", "1");
    return p;
  }

  /** Formats the log folder once (a new cluster id); an already formatted folder is kept as it is. */
  private static void format(Path configFile, Path logs) throws IOException {
    if (Files.exists(logs.resolve("meta.properties"))) return;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String[] args = {
      "format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--ignore-formatted"
    };
    int code = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    if (code != 0) fail("formatting " + logs + " failed: " + output.toString(StandardCharsets.UTF_8));
  }

  private static String kafkaVersion() {
    return org.apache.kafka.common.utils.AppInfoParser.getVersion();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void watchParent(long pid) {
    daemon(
        "kafka-local-parent-watchdog",
        () -> {
          while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
              Thread.sleep(1000);
            } catch (InterruptedException e) {
              return;
            }
          }
          System.out.println("kafka-local: parent process " + pid + " is gone");
          System.exit(0);
        });
  }

  private static void watchStdin() {
    daemon(
        "kafka-local-stdin-watchdog",
        () -> {
          try {
            while (System.in.read() != -1) {
              // Anything written to stdin is ignored; only its end matters.
            }
          } catch (IOException e) {
            // A broken pipe is an end too.
          }
          System.out.println("kafka-local: stdin closed");
          System.exit(0);
        });
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static String require(String flag, String value) {
    if (value == null) fail(flag + " needs a value");
    return value;
  }

  private static void fail(String message) {
    System.err.println("kafka-local: " + message);
    System.exit(2);
  }
}

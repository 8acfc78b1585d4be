package org.attache.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link BatchLoop} in a JVM of its own, on this test's class path, and reads its lines. */
final class Child implements AutoCloseable {

  final Process process;
  private final BufferedReader out;

  private Child(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static Child start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), BatchLoop.class.getName()));
    cmd.addAll(List.of(args));
    return new Child(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
  }

  /** Returns the child's next line of output, or null once it has closed it. */
  String line() throws IOException {
    return out.readLine();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

package org.attache.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every few milliseconds while a benchmark runs and keeps the peak: the sum
 * of each pool's own peak overstates it, since the pools peak at different moments.
 */
final class HeapSampler {

  private static final long PERIOD_MS = 20;

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    thread = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(PERIOD_MS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "attache-heap-sampler");
    thread.setDaemon(true);
  }

  static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    s.thread.start();
    return s;
  }

  /** Stops sampling and returns the peak used heap in MB. */
  long stop() {
    running = false;
    thread.interrupt();
    return peak / (1024 * 1024);
  }
}

package se.kansli.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: each client sends its next request as soon as the previous one has been
 * answered, for a warm-up and then a measured period. Only requests that start inside the measured
 * period count; latency is from send to the whole response read.
 */
final class Load {

  /** One request; throws when the answer is not the expected one. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  record Result(String name, int clients, long requests, long errors, double seconds, Histogram h) {
    double perSecond() {
      return requests / seconds;
    }

    double p50() {
      return ms(h.getValueAtPercentile(50));
    }

    double p99() {
      return ms(h.getValueAtPercentile(99));
    }

    double max() {
      return ms(h.getMaxValue());
    }

    private static double ms(long nanos) {
      return nanos / 1_000_000.0;
    }
  }

  private Load() {}

  /**
   * Open-loop load: requests are due at a fixed rate whatever the answers' speed, and the clients
   * take them in turn. Latency runs from when a request was due, so a request that waited for a
   * free client counts its wait (no coordinated omission).
   */
  static Result runAtRate(
      String name, List<Call> clients, double perSecond, Duration warmup, Duration measured)
      throws InterruptedException {
    long start = System.nanoTime();
    long from = start + warmup.toNanos();
    long until = from + measured.toNanos();
    double interval = 1e9 / perSecond;
    AtomicLong slots = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<Throwable> firstError = new AtomicReference<>();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      Call call = clients.get(i);
      Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
      histograms.add(h);
      threads.add(
          Thread.ofPlatform()
              .name(name + "-" + i)
              .start(() -> {
                while (true) {
                  long due = start + (long) (slots.getAndIncrement() * interval);
                  if (due >= until) {
                    return;
                  }
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  try {
                    call.run();
                    if (due >= from) {
                      h.recordValue(
                          Math.min(System.nanoTime() - due, h.getHighestTrackableValue()));
                    }
                  } catch (Exception e) {
                    if (due >= from) {
                      errors.incrementAndGet();
                    }
                    firstError.compareAndSet(null, e);
                  }
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - from) / 1e9;
    Histogram all = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
    histograms.forEach(all::add);
    if (firstError.get() != null) {
      Bench.log("%s: %d errors; the first: %s", name, errors.get(), firstError.get());
    }
    Result r = new Result(name, clients.size(), all.getTotalCount(), errors.get(), seconds, all);
    Bench.log(
        "%s: %,d requests at %.1f/s due, %.1f/s done, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
            + " %d errors",
        name, r.requests(), perSecond, r.perSecond(), r.p50(), r.p99(), r.max(), r.errors());
    return r;
  }

  private static Configuration configuration() {
    try {
      return Configuration.getConfiguration("profile");
    } catch (IOException | ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result run(String name, List<Call> clients, Duration warmup, Duration measured)
      throws InterruptedException, IOException {
    long start = System.nanoTime();
    long from = start + warmup.toNanos();
    long until = from + measured.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicReference<Throwable> firstError = new AtomicReference<>();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      Call call = clients.get(i);
      Histogram h = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
      histograms.add(h);
      threads.add(
          Thread.ofPlatform()
              .name(name + "-" + i)
              .start(() -> {
                while (true) {
                  long t0 = System.nanoTime();
                  if (t0 >= until) {
                    return;
                  }
                  try {
                    call.run();
                    if (t0 >= from) {
                      h.recordValue(Math.min(System.nanoTime() - t0, h.getHighestTrackableValue()));
                    }
                  } catch (Exception e) {
                    if (t0 >= from) {
                      errors.incrementAndGet();
                    }
                    firstError.compareAndSet(null, e);
                  }
                }
              }));
    }
    Recording recording = null;
    if (Boolean.getBoolean("bench.jfr")) {
      // A profile of the measured period only, for finding where the time goes: started when the
      // warm-up ends, by a scheduler rather than a sleep.
      recording = new Recording(configuration());
      Recording toStart = recording;
      try (var scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor()) {
        scheduler.schedule(toStart::start, from - System.nanoTime(), TimeUnit.NANOSECONDS);
      }
    }
    for (Thread t : threads) {
      t.join();
    }
    if (recording != null) {
      Path file = Path.of("target", "bench-" + name.replaceAll("[^A-Za-z]+", "-") + ".jfr");
      recording.dump(file);
      recording.close();
      Bench.log("Profile of %s in %s", name, file);
    }
    // The last requests may end a little after the period; count the time they took.
    double seconds = (System.nanoTime() - from) / 1e9;
    Histogram all = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
    histograms.forEach(all::add);
    if (firstError.get() != null) {
      Bench.log("%s: %d errors; the first: %s", name, errors.get(), firstError.get());
    }
    Result r = new Result(name, clients.size(), all.getTotalCount(), errors.get(), seconds, all);
    Bench.log(
        "%s: %,d requests, %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors",
        name, r.requests(), r.perSecond(), r.p50(), r.p99(), r.max(), r.errors());
    return r;
  }
}

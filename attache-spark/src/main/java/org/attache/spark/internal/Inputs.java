package org.attache.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.ingest.Format;

/**
 * Lists the inputs on any file system Hadoop reaches (local, HDFS, S3, ...) and turns them into
 * one RDD of {@link RawInput}: folders are walked for the formats Attaché reads, in name order;
 * JSON Lines files are read line by line so that one large file spreads over many partitions;
 * every other file is one input. The result is spread over {@code partitions} partitions, since
 * extraction, not reading, is the cost.
 */
public final class Inputs {

  private Inputs() {}

  /** Returns the inputs under {@code paths}; throws when none of them holds a file Attaché reads. */
  public static JavaRDD<RawInput> of(JavaSparkContext sc, List<String> paths, int partitions) {
    List<String> lines = new ArrayList<>();
    List<String> whole = new ArrayList<>();
    for (String f : list(sc.hadoopConfiguration(), paths)) {
      (Format.byName(f).orElse(Format.PLAIN_TEXT) == Format.JSON_LINES ? lines : whole).add(f);
    }
    if (lines.isEmpty() && whole.isEmpty()) {
      throw new IllegalArgumentException("inputs hold no file Attaché reads (.txt, .html, .xml, .warc(.gz), .jsonl): " + paths);
    }
    List<JavaRDD<RawInput>> parts = new ArrayList<>();
    if (!whole.isEmpty()) {
      parts.add(sc.binaryFiles(String.join(",", whole), partitions).map(p -> RawInput.file(new Path(p._1()).getName(), p._2())));
    }
    for (String f : lines) {
      String name = new Path(f).getName();
      parts.add(sc.textFile(f, partitions).zipWithIndex().map(t -> RawInput.line(name, t._2() + 1, t._1().getBytes(StandardCharsets.UTF_8))));
    }
    JavaRDD<RawInput> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return all.repartition(partitions);
  }

  /** Returns the files to read under {@code paths}, each folder's in name order. */
  static List<String> list(Configuration conf, List<String> paths) {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      try {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          throw new IllegalArgumentException("no such input: " + p);
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        boolean folder = fs.getFileStatus(path).isDirectory();
        while (it.hasNext()) {
          Path f = it.next().getPath();
          Optional<Format> format = Format.byName(f.getName());
          if (!folder || format.isPresent()) {
            found.add(f.toString());
          }
        }
        found.sort(null);
        out.addAll(found);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + p + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}

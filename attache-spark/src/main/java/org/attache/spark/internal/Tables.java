package org.attache.spark.internal;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables the job writes, column for column the store's schema (attache-store's
 * schema-v3.sql), so that its Parquet files read like the store's own Parquet export: VARCHAR is
 * a string, BIGINT a long, INTEGER an int, DATE a date and TIMESTAMP a timestamp without time
 * zone. Every table but {@code actors} also has the {@code month} the job partitions it by.
 */
public final class Tables {

  /** The partition column: the article's publication month ({@code YYYY-MM}), or {@link #UNDATED}. */
  public static final String MONTH = "month";

  /** The month of rows whose article (or event) has no date. */
  public static final String UNDATED = "undated";

  public static final StructType DOCUMENTS = schema("seq", LongType, "doc_id", StringType, "title", StringType, "text", StringType,
      "published", StringType, "published_day", DateType, "outlet", StringType, "url", StringType, "author", StringType, "content_hash",
      StringType, "duplicate_of", StringType, "ingested_at", TimestampNTZType);
  public static final StructType ACTORS = schema("actor_id", StringType, "name", StringType, "type", StringType, "country", StringType,
      "aliases", StringType);
  public static final StructType ROLES = schema("doc_id", StringType, "actor_id", StringType, "role", StringType, "day", DateType,
      "mentions", IntegerType);
  public static final StructType MENTIONS = schema("doc_id", StringType, "actor_id", StringType, "start_char", IntegerType, "end_char",
      IntegerType, "text", StringType, "type", StringType);
  public static final StructType QUOTES = schema("quote_id", LongType, "doc_id", StringType, "ordinal", IntegerType, "start_char",
      IntegerType, "end_char", IntegerType, "text", StringType, "kind", StringType, "speaker_id", StringType, "cue", StringType, "day",
      DateType, "outlet", StringType);
  public static final StructType QUOTE_ABOUT = schema("quote_id", LongType, "actor_id", StringType);
  public static final StructType EVENTS = schema("event_id", LongType, "cameo", StringType, "root", StringType, "pair_key", StringType,
      "source_id", StringType, "target_id", StringType, "date", StringType, "reported", StringType, "day_first", DateType, "day_last",
      DateType, "location", StringType, "status", StringType, "mentions", IntegerType, "source_country", StringType, "target_country",
      StringType, "evidence", StringType, "evidence_doc", StringType);
  public static final StructType EVENT_MENTIONS = schema("event_id", LongType, "doc_id", StringType, "ordinal", IntegerType, "cameo",
      StringType, "date", StringType, "reported", StringType, "location", StringType, "status", StringType, "start_char", IntegerType,
      "end_char", IntegerType, "evidence", StringType, "pattern", StringType);
  public static final StructType PROBLEMS = schema("doc_id", StringType, "stage", StringType, "message", StringType);

  /** The tables of what one document says, written as each partition extracts them. */
  public static final List<Table> PER_DOCUMENT = List.of(new Table("documents", DOCUMENTS), new Table("roles", ROLES),
      new Table("mentions", MENTIONS), new Table("quotes", QUOTES), new Table("quote_about", QUOTE_ABOUT), new Table("problems", PROBLEMS));
  public static final Table ACTORS_TABLE = new Table("actors", ACTORS);
  public static final Table EVENTS_TABLE = new Table("events", EVENTS);
  public static final Table EVENT_MENTIONS_TABLE = new Table("event_mentions", EVENT_MENTIONS);

  /** One table: its name and its columns without the partition column. */
  public record Table(String name, StructType columns) {

    /** Returns the columns with {@link #MONTH} appended, as the rows the job builds carry them. */
    public StructType withMonth() {
      return columns.add(MONTH, StringType, false);
    }
  }

  private Tables() {}

  private static StructType schema(Object... nameThenType) {
    StructField[] fields = new StructField[nameThenType.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField((String) nameThenType[2 * i], (DataType) nameThenType[2 * i + 1], true);
    }
    return DataTypes.createStructType(fields);
  }
}

package org.attache.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.FuzzyDate;

/**
 * Reads the dates pages write in their metadata and URLs. A timestamp's date is taken as the page
 * wrote it, in the publisher's own offset, because that is the day its readers saw on the page;
 * no default time zone is ever consulted. Years outside 1990–2100 are not believed.
 */
final class DateText {

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s])");
  private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
  private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");
  private static final Pattern URL_COMPACT_DAY = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

  private DateText() {}

  /** Returns the date of a metadata value: ISO 8601 (date part as written), compact or RFC 1123. */
  static Optional<FuzzyDate> parse(String value) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = ISO_MONTH.matcher(s);
    if (m.find()) {
      return month(m.group(1), m.group(2));
    }
    try {
      return believable(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Returns the date a URL path carries ({@code /2022/06/24/}, {@code /2022-06-24-}, {@code /2022/06/}). */
  static Optional<FuzzyDate> fromUrl(String url) {
    if (url == null || url.length() > 2048) {
      return Optional.empty();
    }
    Matcher m = URL_DAY.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = URL_COMPACT_DAY.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = URL_MONTH.matcher(url);
    return m.find() ? month(m.group(1), m.group(2)) : Optional.empty();
  }

  private static Optional<FuzzyDate> day(String y, String mo, String d) {
    try {
      return believable(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<FuzzyDate> month(String y, String mo) {
    try {
      YearMonth ym = YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo));
      return ym.getYear() < 1990 || ym.getYear() > 2100 ? Optional.empty() : Optional.of(new FuzzyDate.Month(ym));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<FuzzyDate> believable(LocalDate d) {
    return d.getYear() < 1990 || d.getYear() > 2100 ? Optional.empty() : Optional.of(new FuzzyDate.Day(d));
  }

  /**
   * Returns the earliest of the dates, preferring dates known to the day: a URL's month never
   * beats the day the page states, and a "modified" date slipped among them never beats the
   * publication day.
   */
  static Optional<FuzzyDate> earliest(java.util.List<FuzzyDate> dates) {
    java.util.Comparator<FuzzyDate> byPrecisionThenDay = java.util.Comparator
        .comparingInt((FuzzyDate d) -> d instanceof FuzzyDate.Day ? 0 : d instanceof FuzzyDate.Month ? 1 : 2)
        .thenComparing(FuzzyDate::firstDay);
    return dates.stream().min(byPrecisionThenDay);
  }
}

package org.attache.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.attache.ingest.LanguageGuess;
import org.attache.ingest.LanguageGuesser;

/**
 * Returns the language of an article with OpenNLP's language detector and its published model
 * (langdetect-183, 103 languages, character n-grams), shipped as a Maven artifact on the
 * classpath: nothing is fetched at run time. The model's confidences are spread over 103
 * languages, so a guess is given only for texts of at least {@value #MIN_LETTERS} letters and, for
 * a language other than English, only when it is at least twice as likely as English: names and
 * headlines alone ("Lavrov, Bayramov and Mirzoyan met") are left undetermined, and so read.
 * Loading takes about three seconds; build one per process. Not promised thread-safe by OpenNLP:
 * use one per thread.
 */
public final class OpenNlpLanguageGuesser implements LanguageGuesser {

  static final int MIN_LETTERS = 120;
  private static final int SAMPLE_CHARS = 4000;
  private static final double MARGIN = 2.0;
  private static final String MODEL = "/langdetect-183.bin";

  private final LanguageDetector detector;

  private OpenNlpLanguageGuesser(LanguageDetector detector) {
    this.detector = detector;
  }

  /** Loads the bundled model; fails at start-up, with the fix, when its jar is missing. */
  public static OpenNlpLanguageGuesser load() {
    try (InputStream in = OpenNlpLanguageGuesser.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL + " is not on the classpath: add the Maven artifact "
            + "org.apache.opennlp:opennlp-models-langdetect (see the parent pom)");
      }
      return new OpenNlpLanguageGuesser(new LanguageDetectorME(new LanguageDetectorModel(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<LanguageGuess> guess(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) {
      return Optional.empty();
    }
    Language top = ranked[0];
    if (top.getLang().equals("eng")) {
      return Optional.of(new LanguageGuess("eng", clamp(top.getConfidence())));
    }
    double english = 0;
    for (Language l : ranked) {
      if (l.getLang().equals("eng")) {
        english = l.getConfidence();
      }
    }
    return top.getConfidence() >= MARGIN * english ? Optional.of(new LanguageGuess(top.getLang(), clamp(top.getConfidence())))
        : Optional.empty();
  }

  private static double clamp(double c) {
    return Math.max(0, Math.min(1, c));
  }
}

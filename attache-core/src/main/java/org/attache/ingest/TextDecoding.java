package org.attache.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attache.model.Problem;

/** Decodes UTF-8 that may be invalid: replacement characters in, and the fact reported. */
final class TextDecoding {

  private TextDecoding() {}

  static String utf8(byte[] bytes, String document, List<Problem> problems) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(document, "read", "not valid UTF-8; decoded with replacement characters"));
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Returns the problem for a document cut at {@code limit} bytes. */
  static Problem cut(String document, long limit) {
    return new Problem(document, "read", "longer than the limit of " + limit + " bytes; the rest was not read");
  }
}

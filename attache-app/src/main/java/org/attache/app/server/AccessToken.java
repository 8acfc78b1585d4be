package org.attache.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret that write endpoints require, as {@code Authorization: Bearer TOKEN}. Reads stay
 * open; a write changes the store, so it must come from someone who can read the store folder
 * (where the token is kept, owner-only, in {@value #FILE}) or who was told the token.
 *
 * @param value the token
 * @param created whether this start created it, so that it is printed once and only then
 */
public record AccessToken(String value, boolean created) {

  static final String FILE = "server.token";

  public AccessToken {
    if (value == null || value.length() < 16 || !value.matches("[A-Za-z0-9._~-]+")) {
      throw new IllegalArgumentException("token must be at least 16 characters of letters, digits and . _ ~ -");
    }
  }

  /** Returns {@code given} when present; else the token stored in {@code storeDir}, created on first use. */
  public static AccessToken forStore(Path storeDir, Optional<String> given) {
    if (given.isPresent()) {
      return new AccessToken(given.get(), false);
    }
    Path file = storeDir.resolve(FILE);
    try {
      if (Files.isRegularFile(file)) {
        return new AccessToken(Files.readString(file, StandardCharsets.UTF_8).strip(), false);
      }
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String token = HexFormat.of().formatHex(random);
      Files.createDirectories(storeDir);
      try {
        createOwnerOnly(file);
      } catch (FileAlreadyExistsException raced) {
        return forStore(storeDir, given);
      }
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      return new AccessToken(token, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the server token " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns true when {@code header} is {@code Bearer} and this token, compared in constant time. */
  boolean admits(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    byte[] offered = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(offered, value.getBytes(StandardCharsets.UTF_8));
  }

  private static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions keeps its defaults: the folder's own protection applies
      Files.createFile(file);
    }
  }

  @Override
  public String toString() {
    return "AccessToken[****]";
  }
}

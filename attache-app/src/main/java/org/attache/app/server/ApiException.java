package org.attache.app.server;

/**
 * A request the server refuses, with the HTTP status and a message that tells the client what to
 * change. Thrown by routes and parameter checks; {@link ErrorMapping} writes it as JSON.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  int status() {
    return status;
  }
}

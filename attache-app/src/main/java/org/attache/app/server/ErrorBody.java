package org.attache.app.server;

/** The one shape of every error the server sends: {@code {"status": 400, "message": "..."}}. */
record ErrorBody(int status, String message) {}

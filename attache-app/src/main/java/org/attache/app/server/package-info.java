/**
 * The HTTP face of a store: {@link org.attache.app.server.Server} starts a Javalin server with the
 * JSON API under {@code /api} (described by a hand-written OpenAPI file) and the web UI beside it.
 * Route classes are thin adapters over {@link org.attache.store.KnowledgeBase}: they validate the
 * query, call one store method and return a record; errors are mapped to JSON once, in
 * {@link org.attache.app.server.ErrorMapping}. Nothing in core or store may depend on this package;
 * the commands in {@code org.attache.app} start it.
 */
package org.attache.app.server;

package org.attache.store;

/** One stored actor and how much the store holds of it: articles naming it, quotes it spoke, merged events it took part in. */
public record ActorSummary(ActorRef actor, int documents, int quotes, int events) {}

/**
 * The knowledge base: {@link org.attache.store.KnowledgeBase} is the one front door, with the
 * query and result records it takes and returns. It depends on the model and core's event tables
 * only; nothing in core may depend on it. The app's commands are thin adapters over it.
 */
package org.attache.store;

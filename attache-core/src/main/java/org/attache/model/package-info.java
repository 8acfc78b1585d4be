/**
 * The domain values Attaché extracts and passes between stages: immutable records, enums and sealed
 * types only. Nothing here imports another Attaché package, a model or an I/O library, so every
 * other layer can depend on it.
 */
package org.attache.model;

/**
 * How the Spark job works: listing and splitting inputs, extracting a partition, turning analyses
 * into the store's rows, merging events across articles. Only {@code org.attache.spark} uses it.
 */
package org.attache.spark.internal;

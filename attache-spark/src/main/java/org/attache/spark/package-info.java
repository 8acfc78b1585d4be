/**
 * Attaché on Apache Spark: {@link org.attache.spark.SparkExtraction} runs the pipeline over a
 * corpus and writes the store's tables as Parquet; {@link org.attache.spark.PipelineFactory} builds
 * the pipeline the CLI runs; {@link org.attache.spark.SparkMain} is the job jar's entry point. Only
 * this module knows Spark; nothing else in Attaché depends on it.
 */
package org.attache.spark;

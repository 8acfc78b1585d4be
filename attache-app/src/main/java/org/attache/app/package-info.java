/**
 * The command line: one picocli class per subcommand, each a thin adapter over core and the CoreNLP
 * backend. Output goes through picocli's writers; failures map to exit codes in one place.
 */
package org.attache.app;

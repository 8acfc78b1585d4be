/**
 * Output formats other than the JSON contract, for the tools analysts already use: GDELT-style
 * event rows. Reads the model only.
 */
package org.attache.export;

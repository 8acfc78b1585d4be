/**
 * Actors: the registry of known people, organizations, countries and places (plain data files users
 * extend), and the resolver that turns an article's names, misspellings and role nouns into
 * canonical actors with the role they held at the article's date.
 */
package org.attache.nlp.actor;

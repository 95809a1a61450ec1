/**
 * The registry (diarium): the classification scheme, cases and their documents, the hash-chained
 * journal, search and the public registry. Its API for other capabilities is {@link
 * se.kansli.registry.CaseRegistry}, {@link se.kansli.registry.DocumentRegistry} and the events
 * {@link se.kansli.registry.CaseRegistered}, {@link se.kansli.registry.CaseClosed} and {@link
 * se.kansli.registry.DocumentRegistered}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package se.kansli.registry;

/**
 * E-services: each organisation's e-service definitions, their versioned forms, the rules that
 * check a resident's answers against a form, the builder for administrators and the public
 * catalogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-services")
package se.kansli.eservices;

/**
 * The platform everything runs on: the embedded database, security (form login and OpenID Connect),
 * error responses, language, layout and the start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package se.kansli.platform;

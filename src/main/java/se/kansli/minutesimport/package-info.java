/**
 * Minutes import: reads old minutes (OCR text, or a PDF with a text layer) and turns them into
 * meetings and items. The parser ({@link se.kansli.minutesimport.MinutesParser}) needs neither
 * Spring nor a database, so the command line ({@link se.kansli.minutesimport.ImportMinutesCommand})
 * can run it before the application starts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes import")
package se.kansli.minutesimport;

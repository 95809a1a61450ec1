/** The small shared kernel: value types and failures that every capability speaks. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.kansli.shared;

package se.kansli.registry;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** The classification scheme over REST; changes need an administrator. */
@RestController
@Tag(name = "Classification", description = "Klassificeringsstruktur")
class ClassificationApiController {

  private final ClassificationScheme scheme;

  ClassificationApiController(ClassificationScheme scheme) {
    this.scheme = scheme;
  }

  record Scheme(int version, List<ActivityClass> classes) {}

  record ClassChange(String title, String description, String comment) {}

  @GetMapping("/api/classification")
  Scheme current(@RequestParam(required = false) Integer version) {
    Actors.required();
    return version == null
        ? new Scheme(scheme.currentVersion(), scheme.current())
        : new Scheme(version, scheme.at(version));
  }

  @GetMapping("/api/classification/versions")
  List<ClassificationScheme.SchemeVersion> versions() {
    Actors.required();
    return scheme.versions();
  }

  @PutMapping("/api/classification/{code}")
  ActivityClass save(@PathVariable String code, @RequestBody ClassChange change) {
    return scheme.save(
        code, change.title(), change.description(), change.comment(), Actors.required());
  }

  @DeleteMapping("/api/classification/{code}")
  ResponseEntity<Void> retire(@PathVariable String code) {
    scheme.retire(code, Actors.required());
    return ResponseEntity.noContent().build();
  }
}

package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** The shared services and their participation as JSON; errors are problem+json. */
@RestController
class SharedServiceApiController {

  private final SharedServices services;

  SharedServiceApiController(SharedServices services) {
    this.services = services;
  }

  /** A municipality joining, with its last day if it has already left. */
  record Join(String municipality, LocalDate joinedOn, LocalDate leftOn) {}

  /** A municipality's last day in the service. */
  record Leave(LocalDate leftOn) {}

  @GetMapping("/api/portfolio/services")
  List<ServiceView> list() {
    return services.list(Actors.required());
  }

  @PostMapping("/api/portfolio/services")
  @ResponseStatus(HttpStatus.CREATED)
  ServiceView create(@RequestBody NewService service) {
    return services.create(service, Actors.required());
  }

  @GetMapping("/api/portfolio/services/{id}")
  ServiceView get(@PathVariable String id) {
    return services.get(ServiceId.of(id), Actors.required());
  }

  @PutMapping("/api/portfolio/services/{id}")
  ServiceView update(@PathVariable String id, @RequestBody NewService service) {
    return services.update(ServiceId.of(id), service, Actors.required());
  }

  @PostMapping("/api/portfolio/services/{id}/participations")
  @ResponseStatus(HttpStatus.CREATED)
  ServiceView join(@PathVariable String id, @RequestBody Join join) {
    return services.join(
        ServiceId.of(id), join.municipality(), join.joinedOn(), join.leftOn(), Actors.required());
  }

  @PostMapping("/api/portfolio/participations/{id}/leave")
  ServiceView leave(@PathVariable UUID id, @RequestBody Leave leave) {
    return services.leave(id, leave.leftOn(), Actors.required());
  }

  @DeleteMapping("/api/portfolio/participations/{id}")
  ServiceView remove(@PathVariable UUID id) {
    return services.remove(id, Actors.required());
  }

  /** Every committee's services, without login: the public page's data. */
  @GetMapping("/api/public/portfolio/services")
  List<ServiceView> publicServices() {
    return services.all();
  }
}

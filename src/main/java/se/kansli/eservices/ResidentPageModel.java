package se.kansli.eservices;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in resident (or null) for the residents' own page header. */
@ControllerAdvice(
    assignableTypes = {
      ResidentLoginController.class,
      ResidentFormController.class,
      SignatureProgressController.class,
      MyPagesController.class,
      ResidentMessagesController.class
    })
class ResidentPageModel {

  @ModelAttribute("resident")
  ResidentPrincipal resident() {
    return ResidentSecurity.current().orElse(null);
  }
}

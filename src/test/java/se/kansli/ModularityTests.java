package se.kansli;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(KansliApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    MODULES.verify();
  }

  @Test
  void writesModuleDiagrams() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}

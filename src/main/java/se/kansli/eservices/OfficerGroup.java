package se.kansli.eservices;

import se.kansli.shared.InvalidInput;

/**
 * An officer group of an organisation, as e-services name it. Its key ({@code kiruna:Gatuenheten})
 * names it in addresses, since the same name may be used by two organisations.
 */
public record OfficerGroup(String organisation, String name) {

  public String key() {
    return organisation + ":" + name;
  }

  public static OfficerGroup parse(String key) {
    int colon = key == null ? -1 : key.indexOf(':');
    if (colon < 1 || colon == key.length() - 1) {
      throw new InvalidInput("group", "Välj en handläggargrupp.");
    }
    return new OfficerGroup(key.substring(0, colon), key.substring(colon + 1));
  }
}

package se.kansli.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import se.kansli.meetings.ItemMinutes.Ballot;
import se.kansli.meetings.ItemMinutes.BasisDocument;
import se.kansli.meetings.ItemMinutes.Dissent;
import se.kansli.meetings.ItemMinutes.Motion;
import se.kansli.meetings.ItemMinutes.Recipient;
import se.kansli.meetings.ItemMinutes.Vote;
import se.kansli.shared.InvalidInput;

/**
 * Reads the item form into {@link ItemMinutes} without judging it, so that a refused form comes
 * back with everything the secretary typed; {@link MeetingMinutes} judges.
 */
final class ItemForm {

  private ItemForm() {}

  static ItemMinutes read(MultiValueMap<String, String> form) {
    return new ItemMinutes(
        form.getFirst("title"),
        form.getFirst("decision"),
        form.getFirst("summary"),
        form.getFirst("description"),
        motions(form),
        form.getFirst("decisionProcedure"),
        vote(form),
        dissents(form),
        seats(form.get("conflict")),
        basis(form),
        recipients(form.getFirst("recipients")),
        form.containsKey("closesCase"),
        seats(form.get("absent")));
  }

  private static List<Motion> motions(MultiValueMap<String, String> form) {
    List<String> members = form.getOrDefault("motionMember", List.of());
    List<String> texts = form.getOrDefault("motionText", List.of());
    List<Motion> motions = new ArrayList<>();
    for (int i = 0; i < Math.min(members.size(), texts.size()); i++) {
      if (!texts.get(i).isBlank()) {
        if (members.get(i).isBlank()) {
          throw new InvalidInput("proceedings", "Ange vem som yrkar: " + texts.get(i));
        }
        motions.add(new Motion(SeatId.of(members.get(i)), texts.get(i).strip()));
      }
    }
    return motions;
  }

  private static Vote vote(MultiValueMap<String, String> form) {
    List<Ballot> ballots = new ArrayList<>();
    form.forEach((key, values) -> {
      if (key.startsWith("vote_") && !values.getFirst().isBlank()) {
        ballots.add(
            new Ballot(
                SeatId.of(key.substring("vote_".length())), VoteChoice.valueOf(values.getFirst())));
      }
    });
    if (ballots.isEmpty()) {
      return null;
    }
    return new Vote(form.getFirst("voteProposition"), ballots);
  }

  private static List<Dissent> dissents(MultiValueMap<String, String> form) {
    List<Dissent> dissents = new ArrayList<>();
    for (String seat : form.getOrDefault("dissent", List.of())) {
      String reason = form.getFirst("dissentReason_" + seat);
      dissents.add(
          new Dissent(SeatId.of(seat), reason == null || reason.isBlank() ? null : reason.strip()));
    }
    return dissents;
  }

  private static List<SeatId> seats(List<String> values) {
    return values == null ? List.of() : values.stream().map(SeatId::of).toList();
  }

  private static List<BasisDocument> basis(MultiValueMap<String, String> form) {
    List<BasisDocument> basis = new ArrayList<>();
    for (String value : form.getOrDefault("basisDocument", List.of())) {
      String[] idAndTitle = value.split("\\|", 2);
      basis.add(new BasisDocument(UUID.fromString(idAndTitle[0]), idAndTitle[1]));
    }
    lines(form.getFirst("basisText")).forEach(t -> basis.add(new BasisDocument(null, t)));
    return basis;
  }

  /** One recipient per line: "Kiruna kommun, registrator@kiruna.se". */
  static List<Recipient> recipients(String text) {
    return lines(text).stream()
        .map(line -> {
          int comma = line.lastIndexOf(',');
          return comma < 0
              ? new Recipient(line, null)
              : new Recipient(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
        })
        .toList();
  }

  static String recipientsText(List<Recipient> recipients) {
    return String.join(
        "\n",
        recipients.stream()
            .map(r -> r.email() == null ? r.name() : r.name() + ", " + r.email())
            .toList());
  }

  static String basisText(List<BasisDocument> basis) {
    return String.join(
        "\n",
        basis.stream().filter(b -> b.documentId() == null).map(BasisDocument::title).toList());
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}

package se.kansli.followup;

import java.util.List;

/** What a ledger import stored: the months it replaced and how many line-months they hold. */
public record ImportResult(
    String fileName, String sha256, String encoding, List<Integer> months, int rows) {}

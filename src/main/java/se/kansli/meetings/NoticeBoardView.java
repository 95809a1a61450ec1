package se.kansli.meetings;

import java.util.List;

/**
 * One organisation's notice board: the notices up now and those taken down in the last twelve
 * months.
 */
public record NoticeBoardView(
    String organisation,
    String organisationName,
    List<NoticeView> posted,
    List<NoticeView> takenDown) {}

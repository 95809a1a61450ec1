package se.kansli.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.registry.CaseNumber;
import se.kansli.registry.PublicCase;
import se.kansli.registry.PublicRegistry;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * OParl's Papers and Consultations: the registry cases on published agendas. A paper's title and
 * date come from the public registry, which applies the case's secrecy, never from the agenda.
 */
@Service
class OParlPapers {

  private final OParlQueries queries;
  private final OParlDirectory directory;
  private final PublicRegistry registry;
  private final OParlLinks links;

  OParlPapers(
      OParlQueries queries, OParlDirectory directory, PublicRegistry registry, OParlLinks links) {
    this.queries = queries;
    this.directory = directory;
    this.registry = registry;
    this.links = links;
  }

  @Transactional(readOnly = true)
  OParlList<OParlPaper> papers(String organisation, OParlPaging paging) {
    String org = directory.organisation(organisation).id().value();
    return paging.list(
        queries.papers(org, paging.limit(), paging.offset()).stream().map(this::paper).toList(),
        queries.paperCount(org),
        links.bodyList(org, "papers"));
  }

  @Transactional(readOnly = true)
  OParlPaper paper(UUID caseId) {
    return queries
        .paper(caseId)
        .map(this::paper)
        .orElseThrow(() -> new NotFound("Ärendet finns inte på någon offentlig dagordning."));
  }

  @Transactional(readOnly = true)
  OParlList<OParlConsultation> consultations(String organisation, OParlPaging paging) {
    String org = directory.organisation(organisation).id().value();
    return paging.list(
        queries.caseItemsOfOrganisation(org, paging.limit(), paging.offset()).stream()
            .map(i -> consultation(i, true))
            .toList(),
        queries.caseItemCountOfOrganisation(org),
        links.bodyList(org, "consultations"));
  }

  @Transactional(readOnly = true)
  OParlConsultation consultation(UUID item) {
    return queries
        .item(item)
        .filter(i -> i.caseId() != null)
        .map(i -> consultation(i, true))
        .orElseThrow(() -> new NotFound("Behandlingen finns inte."));
  }

  private OParlPaper paper(OParlQueries.PaperRow paper) {
    CaseNumber number =
        CaseNumber.tryParse(paper.caseNumber())
            .orElseThrow(() -> new IllegalStateException("Bad case number " + paper.caseNumber()));
    PublicCase publicCase =
        registry.caseByNumber(
            OrganisationId.of(paper.organisation()), number.year(), number.serial());
    return new OParlPaper(
        links.paper(paper.caseId()),
        links.body(paper.organisation()),
        publicCase.title(),
        publicCase.caseNumber(),
        StockholmTime.date(publicCase.registeredAt()),
        "Ärende",
        queries.itemsOfCase(paper.caseId()).stream().map(i -> consultation(i, false)).toList(),
        links.publicCase(paper.organisation(), number.year(), number.serial()));
  }

  private OParlConsultation consultation(OParlQueries.ItemRow item, boolean standalone) {
    return new OParlConsultation(
        links.consultation(item.id()),
        standalone ? links.paper(item.caseId()) : null,
        links.agendaItem(item.id()),
        links.meeting(item.meeting()),
        List.of(links.organization(item.body())),
        true,
        "Beslut");
  }
}

package vn.lantoa.desk.qa;

import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.site.SearchSource;

import java.util.List;

/** Published Hỏi đáp in the site's search: the site asks, the desk answers, so the site never depends on the desk. */
@Singleton
class QaSearchSource implements SearchSource {

    private final QaReads qas;

    QaSearchSource(QaReads qas) {
        this.qas = qas;
    }

    @Override
    public List<Entry> candidates(long unitId, String pattern, int limit) {
        return qas.searchPublished(unitId, pattern, limit).stream()
                .map(qa -> new Entry(QaReads.title(qa), "/hoi-dap/" + qa.id(), "site.search.qa", qa.publishedAt(), qa.searchText(),
                        VietnameseText.fold(qa.question()), qa.question() + " " + qa.answer()))
                .toList();
    }
}

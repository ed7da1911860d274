// SPDX-License-Identifier: MIT
#include "report/pdfreport.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QTextTable>

namespace ms {
namespace {

// The whole report is laid out at 96 dpi so that CSS pixels, point sizes and the
// document's page size share one unit; PDF coordinates are vector anyway.
constexpr int kResolution = 96;
constexpr double kMm = kResolution / 25.4; // device pixels per millimetre

constexpr double kMarginLeftMm = 18.0;
constexpr double kMarginRightMm = 18.0;
constexpr double kMarginTopMm = 15.0;
constexpr double kMarginBottomMm = 20.0; // leaves room for the painted footer

const QString kFontFamily = QStringLiteral("DejaVu Sans");

// Colours of the report.
const QString kInk = QStringLiteral("#1f2933");
const QString kMuted = QStringLiteral("#5b6673");
const QString kBand = QStringLiteral("#1f3a5f");
const QString kBandText = QStringLiteral("#ffffff");
const QString kBandSubtle = QStringLiteral("#c9d6e8");
const QString kHeaderBg = QStringLiteral("#2f5580");
const QString kStripe = QStringLiteral("#eef2f7");
const QString kAccent = QStringLiteral("#e8f1e4");

/** Every user-visible word of the report in one language. */
struct Texts {
    QString title;
    QString generated;
    QString recommendation;      // %1 name, %2 kind, %3 score
    QString recommendationTie;   // %1 names, %2 score
    QString noAlternatives;
    QString catalog;
    QString catalogVersion;
    QString dataAsOf;
    QString profile;
    QString method;
    QString methodText;
    QString weightsHeading;
    QString criterion;
    QString weight;
    QString direction;
    QString higherBetter;
    QString lowerBetter;
    QString notWeighted;
    QString rankingHeading;
    QString rank;
    QString alternative;
    QString kind;
    QString score;
    QString coverage;
    QString rankingNote;
    QString whyHeadingThree;
    QString whyHeadingFew;
    QString scoreLine;           // %1 score, %2 coverage
    QString strongest;
    QString weakest;
    QString gainItem;            // %1 label, %2 points, %3 maximum
    QString lossItem;            // %1 label, %2 points, %3 maximum
    QString unknownFact;
    QString noWeakness;
    QString noStrength;
    QString sourcesHeading;
    QString sourcesIntro;        // %1 title, %2 version, %3 as of
    QString noSources;
    QString footer;              // %1 app, %2 catalog title, %3 page, %4 pages
    QString andWord;
};

const Texts& englishTexts()
{
    static const Texts t{
        QStringLiteral("ModelScout recommendation report"),
        QStringLiteral("Generated"),
        QStringLiteral("Recommendation: %1 (%2) ranks first with a score of %3 out of 100 under the weights below."),
        QStringLiteral("Recommendation: %1 share first place with a score of %2 out of 100 under the weights below."),
        QStringLiteral("The catalog has no alternatives to rank, so there is no recommendation."),
        QStringLiteral("Catalog"),
        QStringLiteral("Catalog version"),
        QStringLiteral("Data as of"),
        QStringLiteral("Weight profile"),
        QStringLiteral("Method"),
        QStringLiteral("Weighted sum (WSM) over fixed-bound normalisation"),
        QStringLiteral("Weights used"),
        QStringLiteral("Criterion"),
        QStringLiteral("Weight"),
        QStringLiteral("Direction"),
        QStringLiteral("higher is better"),
        QStringLiteral("lower is better"),
        QStringLiteral("Not weighted"),
        QStringLiteral("Ranking"),
        QStringLiteral("Rank"),
        QStringLiteral("Alternative"),
        QStringLiteral("Kind"),
        QStringLiteral("Score"),
        QStringLiteral("Coverage"),
        QStringLiteral("Score: weighted sum of the normalised criteria, 0 to 100. Coverage: the share of "
                       "the weight whose fact the catalog knows; unknown facts count as 0."),
        QStringLiteral("Why the top three rank there"),
        QStringLiteral("Why they rank there"),
        QStringLiteral("Score %1 of 100 · data coverage %2"),
        QStringLiteral("Strongest"),
        QStringLiteral("Weakest"),
        QStringLiteral("%1 +%2 points (max %3)"),
        QStringLiteral("%1 −%2 points (max %3)"),
        QStringLiteral("unknown, counted as 0"),
        QStringLiteral("none: full marks on every weighted criterion"),
        QStringLiteral("none"),
        QStringLiteral("Sources"),
        QStringLiteral("The facts in this report come from the catalog “%1” (version %2, as of %3). "
                       "Its sources:"),
        QStringLiteral("The catalog lists no sources."),
        QStringLiteral("%1 · facts from the catalog “%2”, sources listed at the end · page %3 of %4"),
        QStringLiteral("and"),
    };
    return t;
}

const Texts& turkishTexts()
{
    static const Texts t{
        QStringLiteral("ModelScout öneri raporu"),
        QStringLiteral("Oluşturulma"),
        QStringLiteral("Öneri: %1 (%2), aşağıdaki ağırlıklarla 100 üzerinden %3 puanla ilk sırada."),
        QStringLiteral("Öneri: %1, aşağıdaki ağırlıklarla 100 üzerinden %2 puanla ilk sırayı paylaşıyor."),
        QStringLiteral("Katalogda sıralanacak seçenek yok; bu yüzden öneri de yok."),
        QStringLiteral("Katalog"),
        QStringLiteral("Katalog sürümü"),
        QStringLiteral("Veri tarihi"),
        QStringLiteral("Ağırlık profili"),
        QStringLiteral("Yöntem"),
        QStringLiteral("Sabit sınırlı normalleştirme üzerinde ağırlıklı toplam (WSM)"),
        QStringLiteral("Kullanılan ağırlıklar"),
        QStringLiteral("Ölçüt"),
        QStringLiteral("Ağırlık"),
        QStringLiteral("Yön"),
        QStringLiteral("yüksek olan iyi"),
        QStringLiteral("düşük olan iyi"),
        QStringLiteral("Ağırlıksız"),
        QStringLiteral("Sıralama"),
        QStringLiteral("Sıra"),
        QStringLiteral("Seçenek"),
        QStringLiteral("Tür"),
        QStringLiteral("Puan"),
        QStringLiteral("Kapsam"),
        QStringLiteral("Puan: normalleştirilmiş ölçütlerin ağırlıklı toplamı, 0 ile 100 arası. Kapsam: "
                       "ağırlığın, katalogda verisi bilinen payı; bilinmeyen veriler 0 sayılır."),
        QStringLiteral("İlk üç seçenek neden bu sırada"),
        QStringLiteral("Seçenekler neden bu sırada"),
        QStringLiteral("100 üzerinden %1 puan · veri kapsamı %2"),
        QStringLiteral("En güçlü"),
        QStringLiteral("En zayıf"),
        QStringLiteral("%1 +%2 puan (en çok %3)"),
        QStringLiteral("%1 −%2 puan (en çok %3)"),
        QStringLiteral("bilinmiyor, 0 sayıldı"),
        QStringLiteral("yok: ağırlığı olan her ölçütte tam puan"),
        QStringLiteral("yok"),
        QStringLiteral("Kaynaklar"),
        QStringLiteral("Bu rapordaki veriler “%1” kataloğundan gelir (sürüm %2, tarih %3). Kaynakları:"),
        QStringLiteral("Katalog kaynak listelemiyor."),
        QStringLiteral("%1 · veriler “%2” kataloğundan, kaynaklar sonda · sayfa %3 / %4"),
        QStringLiteral("ve"),
    };
    return t;
}

/** Locale-free numbers: '.' for English, the Turkish decimal comma for "tr". The
 *  process locale is never consulted. */
class NumberFormat
{
public:
    explicit NumberFormat(bool turkish)
        : m_turkish(turkish)
        , m_locale(turkish ? QLocale(QLocale::Turkish, QLocale::Turkey) : QLocale::c())
    {
        m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    }

    [[nodiscard]] QString number(double value, int decimals) const
    {
        if (!std::isfinite(value))
            return QStringLiteral("–");
        // Avoid "-0.0" for values that only round to zero.
        const double scale = std::pow(10.0, decimals);
        if (std::abs(value) * scale < 0.5)
            value = 0.0;
        return m_locale.toString(value, 'f', decimals);
    }

    /** `share` in [0, 1] as a percentage: "50.0%" or "%50,0". */
    [[nodiscard]] QString percent(double share, int decimals) const
    {
        const QString n = number(share * 100.0, decimals);
        return m_turkish ? QStringLiteral("%") + n : n + QStringLiteral("%");
    }

private:
    bool m_turkish;
    QLocale m_locale;
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

/** Catalog text as HTML: always escaped, never interpreted (case C19). */
QString esc(const std::string& text)
{
    return qs(text).toHtmlEscaped();
}

QString escQ(const QString& text)
{
    return text.toHtmlEscaped();
}

/** One table of the report whose rows may be moved to a new page. */
struct DataTable {
    QString header;                // the <th>s of the header row (no <tr>)
    std::vector<QString> rows;     // the <td>s of each body row (no <tr>)
};

constexpr int kWeightsTable = 0;
constexpr int kRankingTable = 1;

/** A piece of a DataTable as emitted into the HTML (the table is split where a page
 *  break must come before a row). */
struct TableChunk {
    int tableId = 0;
    int firstRow = 0;
    int rowCount = 0;
};

using BreakMap = std::map<int, std::set<int>>; // table id -> body rows that start a new page

/** Builds the report's HTML; every catalog string goes through esc(). */
class ReportHtml
{
public:
    ReportHtml(const Catalog& catalog, const Ranking& ranking, const Weights& weights,
               const PdfReportOptions& options)
        : m_catalog(catalog)
        , m_ranking(ranking)
        , m_weights(weights)
        , m_options(options)
        , m_turkish(options.lang == "tr")
        , m_t(m_turkish ? turkishTexts() : englishTexts())
        , m_num(m_turkish)
    {
        computeWeights();
    }

    [[nodiscard]] const Texts& texts() const { return m_t; }
    [[nodiscard]] QString generatedText() const { return formatGeneratedAt(); }

    /** The whole document; `chunks` receives the data tables in document order. */
    QString build(const BreakMap& breaks, std::vector<TableChunk>& chunks) const
    {
        chunks.clear();
        QString html;
        html += QStringLiteral("<html><body style=\"font-family:'%1'; font-size:10pt; color:%2;\">")
                    .arg(kFontFamily, kInk);
        appendBand(html);
        appendRecommendation(html);
        appendFacts(html);
        // A table that must start on a new page takes its heading along.
        auto startsPage = [&](int tableId) {
            const auto found = breaks.find(tableId);
            return found != breaks.end() && found->second.count(0) != 0;
        };
        appendHeading(html, m_t.weightsHeading, startsPage(kWeightsTable));
        appendTable(html, kWeightsTable, weightsTable(), breaks, chunks);
        appendUnweighted(html);
        if (!m_ranking.rows.empty()) {
            appendHeading(html, m_t.rankingHeading, startsPage(kRankingTable));
            appendTable(html, kRankingTable, rankingTable(), breaks, chunks);
            appendSmall(html, escQ(m_t.rankingNote));
            appendWhy(html);
        }
        appendSources(html);
        html += QStringLiteral("</body></html>");
        return html;
    }

private:
    [[nodiscard]] QString label(const Criterion& criterion) const
    {
        return esc(criterion.label.get(m_options.lang));
    }

    [[nodiscard]] QString points(double share) const { return m_num.number(share * 100.0, 1); }

    [[nodiscard]] QString kindText(const Alternative& alternative) const
    {
        return esc(kindLabel(alternative.kind, m_options.lang));
    }

    void computeWeights()
    {
        const std::size_t n = m_catalog.criteria.size();
        if (m_ranking.normalisedWeights.size() == n) {
            m_normalised = m_ranking.normalisedWeights;
            return;
        }
        // A ranking without weights (should not happen): normalise the raw weights here.
        m_normalised.assign(n, 0.0);
        double sum = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const auto it = m_weights.find(m_catalog.criteria[j].id);
            if (it != m_weights.end() && std::isfinite(it->second) && it->second > 0.0) {
                m_normalised[j] = it->second;
                sum += it->second;
            }
        }
        for (double& w : m_normalised)
            w = sum > 0.0 ? w / sum : 0.0;
    }

    [[nodiscard]] QString formatGeneratedAt() const
    {
        if (m_options.generatedAt.empty())
            return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        const QString raw = qs(m_options.generatedAt);
        const QDateTime parsed = QDateTime::fromString(raw, Qt::ISODate);
        if (parsed.isValid() && raw.contains(QLatin1Char('T')))
            return parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        return raw;
    }

    void appendBand(QString& html) const
    {
        QString sub = escQ(m_t.generated) + QStringLiteral(" ") + escQ(formatGeneratedAt());
        if (!m_options.appVersion.empty())
            sub += QStringLiteral(" · ModelScout ") + esc(m_options.appVersion);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                               "bgcolor=\"%1\" style=\"margin-bottom:10px;\">"
                               "<tr><td style=\"padding:14px 16px 12px 16px;\">"
                               "<p style=\"margin:0; font-size:17pt; font-weight:bold; color:%2;\">%3</p>"
                               "<p style=\"margin-top:4px; margin-bottom:0; font-size:9pt; color:%4;\">%5</p>"
                               "</td></tr></table>")
                    .arg(kBand, kBandText, escQ(m_t.title), kBandSubtle, sub);
    }

    void appendRecommendation(QString& html) const
    {
        QString sentence;
        if (m_ranking.rows.empty()) {
            sentence = escQ(m_t.noAlternatives);
        } else {
            std::vector<const RankedAlternative*> leaders;
            for (const RankedAlternative& row : m_ranking.rows)
                if (row.rank == m_ranking.rows.front().rank)
                    leaders.push_back(&row);
            const QString score = points(m_ranking.rows.front().score);
            auto nameOf = [&](const RankedAlternative* row) {
                return QStringLiteral("<b>") + esc(alternativeAt(*row).name) + QStringLiteral("</b>");
            };
            if (leaders.size() == 1) {
                sentence = escQ(m_t.recommendation)
                               .arg(nameOf(leaders.front()), kindText(alternativeAt(*leaders.front())), score);
            } else {
                QStringList names;
                for (const RankedAlternative* row : leaders)
                    names << nameOf(row);
                const QString last = names.takeLast();
                const QString joined = names.join(QStringLiteral(", ")) + QStringLiteral(" ")
                                       + escQ(m_t.andWord) + QStringLiteral(" ") + last;
                sentence = escQ(m_t.recommendationTie).arg(joined, score);
            }
        }
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                               "bgcolor=\"%1\" style=\"margin-bottom:8px;\"><tr>"
                               "<td style=\"padding:9px 12px 9px 12px; font-size:11.5pt;\">%2</td>"
                               "</tr></table>")
                    .arg(kAccent, sentence);
    }

    void appendFacts(QString& html) const
    {
        auto row = [](const QString& key, const QString& value) {
            return QStringLiteral("<tr><td style=\"padding:1px 12px 1px 0; color:%1;\">%2</td>"
                                  "<td style=\"padding:1px 0 1px 0;\">%3</td></tr>")
                .arg(kMuted, key, value);
        };
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                               "style=\"margin-top:2px; margin-bottom:4px;\">");
        html += row(escQ(m_t.catalog), esc(m_catalog.title));
        html += row(escQ(m_t.catalogVersion), esc(m_catalog.version));
        html += row(escQ(m_t.dataAsOf), esc(m_catalog.asOf));
        if (!m_options.profileLabel.empty())
            html += row(escQ(m_t.profile), esc(m_options.profileLabel));
        html += row(escQ(m_t.method), escQ(m_t.methodText));
        html += QStringLiteral("</table>");
    }

    static void appendHeading(QString& html, const QString& text, bool newPage = false)
    {
        html += QStringLiteral("<p style=\"margin-top:12px; margin-bottom:5px; font-size:12pt; "
                               "font-weight:bold; color:%1;%2\">%3</p>")
                    .arg(kBand, newPage ? QStringLiteral(" page-break-before:always;") : QString(), escQ(text));
    }

    static void appendSmall(QString& html, const QString& innerHtml)
    {
        html += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0; font-size:8pt; color:%1;\">%2</p>")
                    .arg(kMuted, innerHtml);
    }

    static QString headerCell(const QString& text, const QString& width, bool right)
    {
        return QStringLiteral("<th width=\"%1\" align=\"%2\" style=\"padding:4px 6px 4px 6px; "
                              "color:#ffffff; font-weight:bold; white-space:nowrap;\">%3</th>")
            .arg(width, right ? QStringLiteral("right") : QStringLiteral("left"), escQ(text));
    }

    static QString cell(const QString& innerHtml, bool right = false, bool nowrap = false)
    {
        return QStringLiteral("<td valign=\"top\" align=\"%1\" style=\"padding:3px 6px 3px 6px;%2\">%3</td>")
            .arg(right ? QStringLiteral("right") : QStringLiteral("left"),
                 nowrap ? QStringLiteral(" white-space:nowrap;") : QString(), innerHtml);
    }

    /** Emits `table` split into chunks at the rows named in `breaks`; each chunk repeats
     *  the header (and sets it as the header row, so Qt would repeat it too). A table
     *  without rows is left out. */
    static void appendTable(QString& html, int tableId, const DataTable& table, const BreakMap& breaks,
                            std::vector<TableChunk>& chunks)
    {
        const auto found = breaks.find(tableId);
        const std::set<int> none;
        const std::set<int>& starts = found != breaks.end() ? found->second : none;
        const int rowCount = static_cast<int>(table.rows.size());
        int first = 0;
        while (first < rowCount) {
            int end = first + 1;
            while (end < rowCount && starts.count(end) == 0)
                ++end;
            // Row 0 never breaks here: its heading carries the page break.
            const bool breakBefore = first > 0 && starts.count(first) != 0;
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                                   "style=\"margin-top:0; margin-bottom:0;%1\">")
                        .arg(breakBefore ? QStringLiteral(" page-break-before:always;") : QString());
            html += QStringLiteral("<thead><tr bgcolor=\"%1\">").arg(kHeaderBg) + table.header
                    + QStringLiteral("</tr></thead><tbody>");
            for (int r = first; r < end; ++r) {
                html += (r % 2 == 1) ? QStringLiteral("<tr bgcolor=\"%1\">").arg(kStripe)
                                     : QStringLiteral("<tr>");
                html += table.rows[static_cast<std::size_t>(r)] + QStringLiteral("</tr>");
            }
            html += QStringLiteral("</tbody></table>");
            chunks.push_back(TableChunk{tableId, first, end - first});
            first = end;
        }
    }

    [[nodiscard]] std::vector<std::size_t> weightedCriteriaByWeight() const
    {
        std::vector<std::size_t> order;
        for (std::size_t j = 0; j < m_normalised.size(); ++j)
            if (m_normalised[j] > 0.0)
                order.push_back(j);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return m_normalised[a] > m_normalised[b]; });
        return order;
    }

    [[nodiscard]] DataTable weightsTable() const
    {
        DataTable table;
        table.header = headerCell(m_t.criterion, QStringLiteral("52%"), false)
                       + headerCell(m_t.weight, QStringLiteral("16%"), true)
                       + headerCell(m_t.direction, QStringLiteral("32%"), false);
        for (std::size_t j : weightedCriteriaByWeight()) {
            const Criterion& c = m_catalog.criteria[j];
            QString name = label(c);
            if (!c.unit.empty())
                name += QStringLiteral(" <span style=\"color:%1; font-size:8.5pt;\">(%2)</span>")
                            .arg(kMuted, esc(c.unit));
            const QString direction =
                escQ(c.direction == Direction::Cost ? m_t.lowerBetter : m_t.higherBetter);
            table.rows.push_back(cell(name) + cell(m_num.percent(m_normalised[j], 1), true)
                                 + cell(direction));
        }
        return table;
    }

    void appendUnweighted(QString& html) const
    {
        QStringList names;
        for (std::size_t j = 0; j < m_catalog.criteria.size(); ++j)
            if (j >= m_normalised.size() || !(m_normalised[j] > 0.0))
                names << label(m_catalog.criteria[j]);
        if (!names.isEmpty())
            appendSmall(html, escQ(m_t.notWeighted) + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
    }

    [[nodiscard]] const Alternative& alternativeAt(const RankedAlternative& row) const
    {
        return m_catalog.alternatives.at(row.alternativeIndex);
    }

    /** The vendor worth showing: none when it only repeats the name ("Inworld AI"). */
    [[nodiscard]] static QString vendorOf(const Alternative& alternative)
    {
        const QString vendor = qs(alternative.vendor).trimmed();
        if (vendor.compare(qs(alternative.name).trimmed(), Qt::CaseInsensitive) == 0)
            return {};
        return vendor.toHtmlEscaped();
    }

    [[nodiscard]] DataTable rankingTable() const
    {
        DataTable table;
        table.header = headerCell(m_t.rank, QStringLiteral("7%"), true)
                       + headerCell(m_t.alternative, QStringLiteral("45%"), false)
                       + headerCell(m_t.kind, QStringLiteral("22%"), false)
                       + headerCell(m_t.score, QStringLiteral("11%"), true)
                       + headerCell(m_t.coverage, QStringLiteral("15%"), true);
        for (const RankedAlternative& row : m_ranking.rows) {
            const Alternative& a = alternativeAt(row);
            QString name = QStringLiteral("<span style=\"font-weight:bold;\">") + esc(a.name)
                           + QStringLiteral("</span>");
            if (const QString vendor = vendorOf(a); !vendor.isEmpty())
                name += QStringLiteral("<br><span style=\"color:%1; font-size:8.5pt;\">%2</span>")
                            .arg(kMuted, vendor);
            table.rows.push_back(cell(QString::number(row.rank), true) + cell(name) + cell(kindText(a), false, true)
                                 + cell(QStringLiteral("<b>") + points(row.score) + QStringLiteral("</b>"), true)
                                 + cell(m_num.percent(row.coverage, 0), true));
        }
        return table;
    }

    [[nodiscard]] QString contributionList(const RankedAlternative& row, const std::vector<std::size_t>& criteria,
                                           bool gains) const
    {
        QStringList items;
        for (std::size_t j : criteria) {
            if (j >= m_catalog.criteria.size() || j >= row.contributions.size())
                continue;
            const Contribution& c = row.contributions[j];
            const double amount = gains ? c.contribution : c.weight * (1.0 - c.utility);
            QString item = escQ(gains ? m_t.gainItem : m_t.lossItem)
                               .arg(QStringLiteral("<b>") + label(m_catalog.criteria[j]) + QStringLiteral("</b>"),
                                    points(amount), points(c.weight));
            if (c.missing)
                item += QStringLiteral(", <i>") + escQ(m_t.unknownFact) + QStringLiteral("</i>");
            items << item;
        }
        return items.join(QStringLiteral("; "));
    }

    void appendWhy(QString& html) const
    {
        if (m_ranking.rows.empty())
            return;
        const std::size_t count = std::min<std::size_t>(3, m_ranking.rows.size());
        appendHeading(html, count == 3 ? m_t.whyHeadingThree : m_t.whyHeadingFew);
        for (std::size_t i = 0; i < count; ++i) {
            const RankedAlternative& row = m_ranking.rows[i];
            const Alternative& a = alternativeAt(row);
            const Explanation why = explain(row, 2);
            // Name on a line of its own so that long names are never broken mid-sentence.
            html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:0; font-size:10.5pt; "
                                   "font-weight:bold;\">%2. %3</p>")
                        .arg(QString::number(i == 0 ? 2 : 9), QString::number(row.rank), esc(a.name));
            QStringList meta;
            meta << kindText(a);
            if (const QString vendor = vendorOf(a); !vendor.isEmpty())
                meta << vendor;
            meta << escQ(m_t.scoreLine).arg(points(row.score), m_num.percent(row.coverage, 0));
            html += QStringLiteral("<p style=\"margin-top:1px; margin-bottom:2px; color:%1;\">%2</p>")
                        .arg(kMuted, meta.join(QStringLiteral(" · ")));
            const QString strongest = contributionList(row, why.strongest, true);
            const QString weakest = contributionList(row, why.weakest, false);
            html += QStringLiteral("<p style=\"margin:0 0 0 14px;\">%1: %2</p>")
                        .arg(escQ(m_t.strongest), strongest.isEmpty() ? escQ(m_t.noStrength) : strongest);
            html += QStringLiteral("<p style=\"margin:0 0 0 14px;\">%1: %2</p>")
                        .arg(escQ(m_t.weakest), weakest.isEmpty() ? escQ(m_t.noWeakness) : weakest);
        }
    }

    void appendSources(QString& html) const
    {
        appendHeading(html, m_t.sourcesHeading);
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:3px; font-size:8.5pt; color:%1;\">%2</p>")
                    .arg(kMuted,
                         escQ(m_t.sourcesIntro).arg(esc(m_catalog.title), esc(m_catalog.version), esc(m_catalog.asOf)));
        if (m_catalog.sources.empty()) {
            appendSmall(html, escQ(m_t.noSources));
            return;
        }
        for (const Source& s : m_catalog.sources) {
            QString item = QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(kInk, esc(s.title));
            if (!s.date.empty())
                item += QStringLiteral(" — ") + esc(s.date);
            // URLs are plain text, never links (case C19), on a line of their own so that
            // they are not broken after "https://".
            if (!s.url.empty())
                item += QStringLiteral("<br>") + esc(s.url);
            html += QStringLiteral("<p style=\"margin:0 0 2px 22px; text-indent:-9px; font-size:8pt; color:%1;\">• %2</p>")
                        .arg(kMuted, item);
        }
    }

    const Catalog& m_catalog;
    const Ranking& m_ranking;
    const Weights& m_weights;
    const PdfReportOptions& m_options;
    bool m_turkish;
    const Texts& m_t;
    NumberFormat m_num;
    std::vector<double> m_normalised;
};

/** The data tables of the laid-out document, in document order. */
std::vector<QTextTable*> dataTables(const QTextDocument& document)
{
    std::vector<QTextTable*> tables;
    const QList<QTextFrame*> children = document.rootFrame()->childFrames();
    for (QTextFrame* frame : children) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table != nullptr && table->format().headerRowCount() > 0)
            tables.push_back(table);
    }
    return tables;
}

/** The vertical extent of the text of one table row, in document coordinates. */
std::pair<double, double> rowExtent(const QTextDocument& document, QTextTable* table, int row)
{
    double top = 0.0;
    double bottom = 0.0;
    bool any = false;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (!cell.isValid())
            continue;
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            if (rect.isNull())
                continue;
            top = any ? std::min(top, rect.top()) : rect.top();
            bottom = any ? std::max(bottom, rect.bottom()) : rect.bottom();
            any = true;
        }
    }
    return {top, any ? bottom : top};
}

/** The first body row (table id, row) whose text runs across a page break, if any. Rows
 *  that already start a page (taller than a page) are left alone. */
std::optional<std::pair<int, int>> firstSplitRow(const QTextDocument& document,
                                                 const std::vector<TableChunk>& chunks, const BreakMap& breaks)
{
    const std::vector<QTextTable*> tables = dataTables(document);
    if (tables.size() != chunks.size())
        return std::nullopt; // not the document we built; nothing safe to do
    const double pageHeight = document.pageSize().height();
    for (std::size_t i = 0; i < tables.size(); ++i) {
        QTextTable* table = tables[i];
        const TableChunk& chunk = chunks[i];
        const int headerRows = table->format().headerRowCount();
        for (int r = headerRows; r < table->rows(); ++r) {
            const auto [top, bottom] = rowExtent(document, table, r);
            const int topPage = static_cast<int>(std::floor(top / pageHeight));
            const int bottomPage = static_cast<int>(std::floor((bottom - 0.5) / pageHeight));
            if (topPage == bottomPage)
                continue;
            const int bodyRow = chunk.firstRow + (r - headerRows);
            const auto found = breaks.find(chunk.tableId);
            if (found != breaks.end() && found->second.count(bodyRow) != 0)
                continue; // already starts a page: a row taller than a page
            return std::make_pair(chunk.tableId, bodyRow);
        }
    }
    return std::nullopt;
}

void setUpDocument(QTextDocument& document, QPdfWriter& writer, const QString& html)
{
    QFont font(kFontFamily);
    font.setPointSizeF(10.0);
    font.setStyleHint(QFont::SansSerif);
    // Plain Latin text needs no shaping; skipping it keeps ligature glyphs out of the PDF
    // so that text extraction returns the letters as written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setUndoRedoEnabled(false);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    document.setHtml(html);

    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setLeftMargin(kMarginLeftMm * kMm);
    root.setRightMargin(kMarginRightMm * kMm);
    root.setTopMargin(kMarginTopMm * kMm);
    root.setBottomMargin(kMarginBottomMm * kMm);
    root.setBorder(0);
    root.setPadding(0);
    document.rootFrame()->setFrameFormat(root);
}

void paintFooter(QPainter& painter, const QSizeF& page, const Texts& texts, const QString& appName,
                 const QString& catalogTitle, int pageIndex, int pageCount)
{
    QFont font(kFontFamily);
    font.setPointSizeF(7.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    const double left = kMarginLeftMm * kMm;
    const double right = page.width() - kMarginRightMm * kMm;
    const double lineY = page.height() - 13.0 * kMm;

    painter.setPen(QPen(QColor(0xc8, 0xd0, 0xda), 0.75));
    painter.drawLine(QPointF(left, lineY), QPointF(right, lineY));

    // The footer must fit one line: shorten the catalog title, never the page number.
    const QFontMetricsF metrics(font, painter.device());
    const QString withoutTitle =
        texts.footer.arg(appName, QString(), QString::number(pageIndex + 1), QString::number(pageCount));
    const double room = std::max(40.0, (right - left) - metrics.horizontalAdvance(withoutTitle));
    const QString title = metrics.elidedText(catalogTitle, Qt::ElideRight, room);
    const QString text = texts.footer.arg(appName, title, QString::number(pageIndex + 1), QString::number(pageCount));

    painter.setPen(QColor(0x5b, 0x66, 0x73));
    const QRectF box(left, lineY + 1.5 * kMm, right - left, 6.0 * kMm);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
}

// ---- Subset tags on /BaseFont -------------------------------------------------------
//
// Qt 6.4 embeds each font as a subset and tags the descriptor's /FontName ("QABAAA+DejaVuSans")
// but leaves /BaseFont of the font dictionaries untagged, although PDF 32000-1 §9.6.4 asks
// for the tag there too; readers such as pdffonts then call the subset "not subset" (C16).
// The helpers below add the descriptor's tag to /BaseFont and move the cross-reference
// offsets by the inserted bytes. Anything but the simple file Qt writes (one classic xref
// table, no incremental update) is left as it is.

bool isPdfDelimiter(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0' || c == '/' || c == '<'
           || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' || c == '%';
}

qsizetype skipPdfSpace(const QByteArray& pdf, qsizetype pos)
{
    while (pos < pdf.size() && (pdf[pos] == ' ' || pdf[pos] == '\n' || pdf[pos] == '\r' || pdf[pos] == '\t'))
        ++pos;
    return pos;
}

/** Reads an unsigned integer at `pos`; -1 when there is none. */
qint64 readPdfInt(const QByteArray& pdf, qsizetype& pos)
{
    qint64 value = 0;
    const qsizetype start = pos;
    while (pos < pdf.size() && pdf[pos] >= '0' && pdf[pos] <= '9' && pos - start < 12)
        value = value * 10 + (pdf[pos++] - '0');
    return pos == start ? -1 : value;
}

/** The value of name key `key` ("/BaseFont") inside [begin, end), and where it starts. */
std::optional<std::pair<qsizetype, QByteArray>> pdfNameValue(const QByteArray& pdf, qsizetype begin, qsizetype end,
                                                             const QByteArray& key)
{
    qsizetype at = pdf.indexOf(key, begin);
    while (at >= 0 && at < end) {
        qsizetype pos = at + key.size();
        if (pos < end && isPdfDelimiter(pdf[pos])) {
            pos = skipPdfSpace(pdf, pos);
            if (pos < end && pdf[pos] == '/') {
                const qsizetype nameStart = ++pos;
                while (pos < end && !isPdfDelimiter(pdf[pos]))
                    ++pos;
                return std::make_pair(nameStart, pdf.mid(nameStart, pos - nameStart));
            }
        }
        at = pdf.indexOf(key, at + 1);
    }
    return std::nullopt;
}

/** The object number of the first indirect reference after `key` ("/FontDescriptor 9 0 R",
 *  "/DescendantFonts [9 0 R]") inside [begin, end). */
std::optional<qint64> pdfReference(const QByteArray& pdf, qsizetype begin, qsizetype end, const QByteArray& key)
{
    const qsizetype at = pdf.indexOf(key, begin);
    if (at < 0 || at >= end)
        return std::nullopt;
    qsizetype pos = skipPdfSpace(pdf, at + key.size());
    if (pos < end && pdf[pos] == '[')
        pos = skipPdfSpace(pdf, pos + 1);
    const qint64 number = readPdfInt(pdf, pos);
    return number < 0 ? std::nullopt : std::optional<qint64>(number);
}

bool isSubsetTag(const QByteArray& name)
{
    if (name.size() < 8 || name[6] != '+')
        return false;
    for (int i = 0; i < 6; ++i)
        if (name[i] < 'A' || name[i] > 'Z')
            return false;
    return true;
}

void tagSubsetBaseFonts(QByteArray& pdf)
{
    // The one classic cross-reference table Qt writes.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0 || pdf.indexOf("/Prev") >= 0)
        return;
    qsizetype pos = skipPdfSpace(pdf, startxref + 9);
    const qsizetype xrefNumberPos = pos;
    const qint64 xref = readPdfInt(pdf, pos);
    const qsizetype xrefNumberEnd = pos;
    if (xref < 0 || xref >= pdf.size() || pdf.mid(xref, 4) != "xref")
        return;

    struct Entry {
        qsizetype field;  // where the 10-digit offset is written
        qsizetype offset; // where the object starts
    };
    std::map<qint64, Entry> objects;
    pos = skipPdfSpace(pdf, xref + 4);
    while (pos < pdf.size() && !pdf.mid(pos).startsWith("trailer")) {
        const qint64 first = readPdfInt(pdf, pos);
        pos = skipPdfSpace(pdf, pos);
        const qint64 count = readPdfInt(pdf, pos);
        pos = skipPdfSpace(pdf, pos);
        if (first < 0 || count < 0)
            return;
        for (qint64 i = 0; i < count; ++i, pos += 20) {
            if (pos + 20 > pdf.size() || pdf[pos + 10] != ' ' || pdf[pos + 16] != ' ')
                return;
            qsizetype field = pos;
            const qint64 offset = readPdfInt(pdf, field);
            if (offset < 0 || field != pos + 10)
                return;
            if (pdf[pos + 17] == 'n')
                objects[first + i] = Entry{pos, static_cast<qsizetype>(offset)};
        }
        pos = skipPdfSpace(pdf, pos);
    }

    // The dictionary part of each object: up to its stream data or its end.
    auto dictionaryEnd = [&](qsizetype begin) {
        const qsizetype stream = pdf.indexOf("stream", begin);
        const qsizetype endobj = pdf.indexOf("endobj", begin);
        if (stream < 0)
            return endobj;
        return endobj < 0 ? stream : std::min(stream, endobj);
    };
    auto descriptorName = [&](qint64 number) -> QByteArray {
        const auto it = objects.find(number);
        if (it == objects.end())
            return {};
        const qsizetype end = dictionaryEnd(it->second.offset);
        const auto name = pdfNameValue(pdf, it->second.offset, end, "/FontName");
        return name ? name->second : QByteArray();
    };
    // The tagged /FontName that belongs to font object `number` (a CIDFont, or through
    // /DescendantFonts a Type0 font).
    auto tagFor = [&](qint64 number, int depth, auto& self) -> QByteArray {
        const auto it = objects.find(number);
        if (it == objects.end() || depth > 2)
            return {};
        const qsizetype begin = it->second.offset;
        const qsizetype end = dictionaryEnd(begin);
        if (const auto descriptor = pdfReference(pdf, begin, end, "/FontDescriptor"))
            return descriptorName(*descriptor);
        if (const auto descendant = pdfReference(pdf, begin, end, "/DescendantFonts"))
            return self(*descendant, depth + 1, self);
        return {};
    };

    std::map<qsizetype, QByteArray> insertions; // position -> "ABCDEF+"
    for (const auto& [number, entry] : objects) {
        const qsizetype end = dictionaryEnd(entry.offset);
        if (end < 0)
            return;
        const auto base = pdfNameValue(pdf, entry.offset, end, "/BaseFont");
        if (!base || isSubsetTag(base->second))
            continue;
        const QByteArray tagged = tagFor(number, 0, tagFor);
        if (isSubsetTag(tagged) && tagged.mid(7) == base->second)
            insertions[base->first] = tagged.left(7);
    }
    if (insertions.empty())
        return;

    auto shiftBefore = [&](qsizetype position) {
        qsizetype shift = 0;
        for (const auto& [at, text] : insertions)
            if (at < position)
                shift += text.size();
        return shift;
    };
    QByteArray out;
    out.reserve(pdf.size() + 64);
    qsizetype copied = 0;
    for (const auto& [at, text] : insertions) {
        out += pdf.mid(copied, at - copied);
        out += text;
        copied = at;
    }
    out += pdf.mid(copied);

    for (const auto& [number, entry] : objects) {
        const QByteArray field =
            QByteArray::number(static_cast<qint64>(entry.offset + shiftBefore(entry.offset))).rightJustified(10, '0');
        if (field.size() != 10)
            return; // cannot happen below 10 GB; keep the untouched file then
        out.replace(entry.field + shiftBefore(entry.field), 10, field);
    }
    const qsizetype total = shiftBefore(pdf.size());
    out.replace(xrefNumberPos + total, xrefNumberEnd - xrefNumberPos, QByteArray::number(xref + total));
    pdf = out;
}

QString failure(const std::string& path, const QString& reason)
{
    return QStringLiteral("cannot write the PDF report to '%1': %2").arg(qs(path), reason);
}

} // namespace

std::string writePdfReport(const Catalog& catalog, const Ranking& ranking, const Weights& weights,
                           const std::string& path, const PdfReportOptions& options)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return failure(path, QStringLiteral("no QGuiApplication exists (create one first; "
                                            "QT_QPA_PLATFORM=offscreen works headless)"))
            .toStdString();
    if (path.empty())
        return failure(path, QStringLiteral("the path is empty")).toStdString();
    for (const RankedAlternative& row : ranking.rows)
        if (row.alternativeIndex >= catalog.alternatives.size())
            return failure(path, QStringLiteral("the ranking does not belong to this catalog")).toStdString();

    const ReportHtml builder(catalog, ranking, weights, options);

    // Render into memory first, then replace the file atomically: a failed export
    // never leaves a half-written PDF behind.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(builder.texts().title);
        writer.setCreator(QStringLiteral("ModelScout ") + qs(options.appVersion));

        QTextDocument document;
        BreakMap breaks;
        std::vector<TableChunk> chunks;
        setUpDocument(document, writer, builder.build(breaks, chunks));
        // Move any table row that would straddle a page break to the next page (case C17);
        // each pass fixes the first such row, so this ends after at most one pass per row.
        for (int pass = 0; pass < 10000; ++pass) {
            const auto split = firstSplitRow(document, chunks, breaks);
            if (!split)
                break;
            breaks[split->first].insert(split->second);
            setUpDocument(document, writer, builder.build(breaks, chunks));
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return failure(path, QStringLiteral("the PDF writer could not start")).toStdString();
        const QSizeF page = document.pageSize();
        const int pageCount = document.pageCount();
        const QString appName = options.appVersion.empty()
                                    ? QStringLiteral("ModelScout")
                                    : QStringLiteral("ModelScout ") + qs(options.appVersion);
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            const QRectF view(0, i * page.height(), page.width(), page.height());
            painter.translate(0, -i * page.height());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            paintFooter(painter, page, builder.texts(), appName, qs(catalog.title), i, pageCount);
        }
        painter.end();
    }
    if (pdf.isEmpty())
        return failure(path, QStringLiteral("Qt produced no PDF data")).toStdString();
    tagSubsetBaseFonts(pdf);

    QSaveFile file(QFileInfo(qs(path)).absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString()).toStdString();
    if (file.write(pdf) != pdf.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(path, reason).toStdString();
    }
    if (!file.commit())
        return failure(path, file.errorString()).toStdString();
    return {};
}

} // namespace ms

// SPDX-License-Identifier: MIT
#include "gui/language.h"
#include "gui/views/compareview.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/textutil.h"
#include "gui/views/chartutil.h"
#include "gui/views/comparemodel.h"
#include "gui/views/radarchart.h"

namespace ms::gui {

namespace {

/** How many criteria each side of an explanation names before summing up the rest. */
constexpr std::size_t NamedPerSide = 4;
/** Differences that print as 0 are left out: below half a tenth of a point, or in raw
 *  score units below 1e-12 (the ranking's tie tolerance). */
constexpr double ShownPoints = 0.0005;
constexpr double ShownRaw = 1e-12;

/** tr() for the free functions, in the view's translation context. */
struct CompareText {
    Q_DECLARE_TR_FUNCTIONS(ms::gui::CompareView)
};

/** A score or a gap: 1 decimal in points (× 100), else 4 significant digits. */
QString scoreText(double value, bool inPoints)
{
    return inPoints ? QLocale().toString(value * 100.0, 'f', 1) : QLocale().toString(value, 'g', 4);
}

QString points(double delta, bool inPoints)
{
    return QStringLiteral("+") + scoreText(std::fabs(delta), inPoints);
}

/** "A", "A and B", "A, B and C". */
QString joinWords(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return CompareText::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString factText(const ms::Catalog& catalog, std::size_t alternativeIndex, const ms::Criterion& criterion)
{
    const ms::Fact* fact = alternativeIndex < catalog.alternatives.size()
        ? catalog.alternatives[alternativeIndex].fact(criterion.id)
        : nullptr;
    const ms::FactValue value = fact ? fact->value : ms::FactValue::unknown();
    QString text = formatFactValue(value, value.kind == ms::FactValue::Kind::Number ? criterion.unit : std::string());
    if (fact != nullptr && fact->estimate)
        text = CompareText::tr("≈ %1").arg(text);
    return text;
}

/** "Voice (yes vs no, +25.0) and Price (…)", at most NamedPerSide named. `lead` is the
 *  alternative the differences favour, `other` the one it is compared with. */
QString describeLeads(const ms::Catalog& catalog, const std::vector<ms::Difference>& diffs, std::size_t lead,
    std::size_t other, bool inPoints)
{
    QStringList items;
    std::size_t rest = 0;
    double restDelta = 0.0;
    for (const ms::Difference& d : diffs) {
        if (d.criterionIndex >= catalog.criteria.size())
            continue;
        if (items.size() >= static_cast<qsizetype>(NamedPerSide)) {
            ++rest;
            restDelta += std::fabs(d.delta);
            continue;
        }
        const ms::Criterion& criterion = catalog.criteria[d.criterionIndex];
        items << CompareText::tr("%1 (%2 vs %3, %4)")
                     .arg(qs(criterion.label.get(catalogLanguage())), factText(catalog, lead, criterion),
                         factText(catalog, other, criterion), points(d.delta, inPoints));
    }
    if (rest == 1)
        items << CompareText::tr("1 other criterion (%1)").arg(points(restDelta, inPoints));
    else if (rest > 1)
        items << CompareText::tr("%1 other criteria (%2)")
                     .arg(QLocale().toString(static_cast<qulonglong>(rest)), points(restDelta, inPoints));
    return joinWords(items);
}

QString alternativeName(const ms::Catalog& catalog, std::size_t index)
{
    return index < catalog.alternatives.size() ? qs(catalog.alternatives[index].name) : QString();
}

} // namespace

QString explainPair(const ms::Catalog& catalog, const ms::RankedAlternative& above, const ms::RankedAlternative& below,
    ms::Method method, bool inPoints)
{
    const double shown = inPoints ? ShownPoints : ShownRaw;
    const QString nameA = alternativeName(catalog, above.alternativeIndex);
    const QString nameB = alternativeName(catalog, below.alternativeIndex);

    std::vector<ms::Difference> forA;
    std::vector<ms::Difference> forB;
    for (const ms::Difference& d : ms::whyAbove(above, below)) {
        if (d.delta >= shown)
            forA.push_back(d);
        else if (d.delta <= -shown)
            forB.push_back(d);
    }
    // whyAbove lists B's leads smallest last; name B's largest lead first.
    std::reverse(forB.begin(), forB.end());

    const bool tie = std::fabs(above.score - below.score) <= 1e-12;
    const QString score = scoreText(above.score, inPoints);
    const QString gap = scoreText(above.score - below.score, inPoints);
    QString text = inPoints ? (tie ? CompareText::tr("%1 and %2 tie at %3 points").arg(nameA, nameB, score)
                                   : CompareText::tr("%1 ranks above %2 by %3 points").arg(nameA, nameB, gap))
                            : (tie ? CompareText::tr("%1 and %2 tie at a score of %3").arg(nameA, nameB, score)
                                   : CompareText::tr("%1 ranks above %2 by %3").arg(nameA, nameB, gap));
    if (forA.empty() && forB.empty()) {
        text += tie ? CompareText::tr(", criterion by criterion.") : QStringLiteral(".");
    } else {
        QStringList parts;
        if (!forA.empty()) {
            parts << (tie
                    ? CompareText::tr("%1 is better on %2")
                          .arg(nameA,
                              describeLeads(catalog, forA, above.alternativeIndex, below.alternativeIndex, inPoints))
                    : CompareText::tr("it is better on %1")
                          .arg(describeLeads(catalog, forA, above.alternativeIndex, below.alternativeIndex, inPoints)));
        }
        if (!forB.empty()) {
            parts << CompareText::tr("%1 leads on %2")
                         .arg(nameB,
                             describeLeads(catalog, forB, below.alternativeIndex, above.alternativeIndex, inPoints));
        }
        text += QStringLiteral(": ") + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    if (method != ms::Method::WeightedSum)
        text += QLatin1Char(' ')
            + CompareText::tr("(With %1 these differences are a guide, not an exact split of the gap.)")
                  .arg(qs(describeInUi(method)));
    return text;
}

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    layout->addWidget(splitter);

    m_model = new CompareModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(false);
    m_table->setAccessibleName(tr("Facts side by side"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setHighlightSections(false);
    splitter->addWidget(m_table);

    auto* lower = new QSplitter(Qt::Horizontal, splitter);
    lower->setChildrenCollapsible(false);
    m_radar = new RadarChart(lower);
    m_radar->setObjectName(QStringLiteral("compareRadar"));
    lower->addWidget(m_radar);

    auto* explanationPane = new QWidget(lower);
    auto* explanationLayout = new QVBoxLayout(explanationPane);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    m_explanationHeading = new QLabel(tr("Why each ranks above the next"), explanationPane);
    m_explanationHeading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_explanationHeading->font();
    headingFont.setBold(true);
    m_explanationHeading->setFont(headingFont);
    explanationLayout->addWidget(m_explanationHeading);
    m_explanation = new QPlainTextEdit(explanationPane);
    m_explanation->setObjectName(QStringLiteral("compareExplanation"));
    m_explanation->setReadOnly(true);
    m_explanation->setTabChangesFocus(true);
    m_explanation->setAccessibleName(tr("Why each ranks above the next"));
    explanationLayout->addWidget(m_explanation, 1);
    m_explanationHeading->setBuddy(m_explanation);
    lower->addWidget(explanationPane);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);

    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
}

void CompareView::fitTableHeight()
{
    // Every criterion in view when it fits in a good half of the height; the chart and the text get the rest.
    const int total = m_splitter->height() > 0 ? m_splitter->height() : height();
    const int wanted = m_table->horizontalHeader()->sizeHint().height()
        + m_table->verticalHeader()->defaultSectionSize() * m_model->rowCount() + 2 * m_table->frameWidth() + 8;
    const int tableHeight = std::min(wanted, std::max(total * 11 / 20, 120));
    m_splitter->setSizes({ tableHeight, std::max(total - tableHeight, 200) });
}

void CompareView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitTableHeight();
}

QAbstractItemModel* CompareView::model() const
{
    return m_model;
}

QString CompareView::explanationText() const
{
    return m_explanation->toPlainText();
}

void CompareView::clear()
{
    m_shown.clear();
    m_model->clear();
    m_radar->clear();
    m_explanation->setPlainText(tr("Pick two to four alternatives to compare."));
}

void CompareView::setSelection(
    const ms::Catalog& catalog, const ms::Ranking& ranking, std::vector<std::size_t> alternativeIndices)
{
    // Keep each alternative once, then order: ranked by rank position, unranked last.
    std::vector<std::size_t> unique;
    for (std::size_t index : alternativeIndices) {
        if (index < catalog.alternatives.size() && std::find(unique.begin(), unique.end(), index) == unique.end())
            unique.push_back(index);
    }
    auto position = [&ranking](std::size_t index) {
        const auto it = std::find_if(ranking.rows.begin(), ranking.rows.end(),
            [index](const ms::RankedAlternative& r) { return r.alternativeIndex == index; });
        return static_cast<std::size_t>(it - ranking.rows.begin());
    };
    std::stable_sort(
        unique.begin(), unique.end(), [&](std::size_t a, std::size_t b) { return position(a) < position(b); });
    if (unique.size() > MaximumAlternatives)
        unique.resize(MaximumAlternatives);
    m_shown = unique;

    if (m_shown.empty()) {
        clear();
        return;
    }
    const int rowsBefore = m_model->rowCount();
    m_model->setSelection(catalog, ranking, m_shown);
    m_radar->setAlternatives(catalog, ranking, m_shown);
    if (m_model->rowCount() != rowsBefore)
        fitTableHeight();

    QStringList paragraphs;
    const ms::RankedAlternative* previous = nullptr;
    for (std::size_t index : m_shown) {
        const std::size_t p = position(index);
        if (p >= ranking.rows.size()) {
            const auto excluded = std::find_if(ranking.excluded.begin(), ranking.excluded.end(),
                [index](const ms::Exclusion& e) { return e.alternativeIndex == index; });
            paragraphs << (excluded != ranking.excluded.end()
                    ? tr("%1 is not ranked: %2.").arg(alternativeName(catalog, index), qs(excluded->reason))
                    : tr("%1 is not ranked.").arg(alternativeName(catalog, index)));
            continue;
        }
        const ms::RankedAlternative& row = ranking.rows[p];
        if (previous != nullptr)
            paragraphs << explainPair(catalog, *previous, row, ranking.method, chartutil::scoresInPoints(ranking));
        previous = &row;
    }
    if (m_shown.size() < 2)
        paragraphs.prepend(tr("Pick at least two alternatives to see why one ranks above the other."));
    m_explanation->setPlainText(paragraphs.join(QStringLiteral("\n\n")));
}

} // namespace ms::gui

// SPDX-License-Identifier: MIT
#include "gui/detailspane.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QStyle>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/catalog/layers.h"
#include "core/catalog/staleness.h"
#include "gui/catalogstore.h"
#include "gui/language.h"
#include "gui/rankingtablemodel.h"
#include "gui/scorebardelegate.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

constexpr int BarValueRole = Qt::UserRole + 1;

QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setShowGrid(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false);
    return table;
}

/** A read-only cell; the tooltip repeats the text in case the column clips it. */
QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(plainToolTip(toolTip.isEmpty() ? text : toolTip));
    return item;
}

QTableWidgetItem* numberCell(const QString& text, const QString& toolTip = {})
{
    QTableWidgetItem* item = cell(text, toolTip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void dim(QTableWidgetItem* item, const QPalette& palette)
{
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font);
    item->setForeground(palette.color(QPalette::PlaceholderText));
}

/** "as-of · source title" and a tooltip with title, address and date, all plain text. */
std::pair<QString, QString> sourceText(const ms::Catalog& catalog, const ms::Fact& fact)
{
    const QString asOf = fact.asOf.empty() ? QString() : qs(fact.asOf);
    auto join = [&asOf](const QString& title) {
        if (asOf.isEmpty())
            return title;
        return title.isEmpty() ? asOf : asOf + QStringLiteral(" · ") + title;
    };
    if (fact.source.empty())
        return {asOf.isEmpty() ? QStringLiteral("—") : asOf, {}};
    const ms::Source* source = catalog.source(fact.source);
    if (source == nullptr)
        return {join(qs(fact.source)), {}};
    QString tip = qs(source->title);
    if (!source->url.empty())
        tip += QLatin1Char('\n') + qs(source->url);
    if (!source->date.empty())
        tip += QLatin1Char('\n') + QCoreApplication::translate("ms::gui::DetailsPane", "Published: %1").arg(qs(source->date));
    if (!asOf.isEmpty())
        tip += QLatin1Char('\n') + QCoreApplication::translate("ms::gui::DetailsPane", "Fact as of: %1").arg(asOf);
    return {join(qs(source->title)), tip};
}

/** "USD 12.50" in the default locale, or "unknown". */
QString money(const std::optional<double>& usd)
{
    if (!usd)
        return QCoreApplication::translate("ms::gui::DetailsPane", "unknown");
    return QCoreApplication::translate("ms::gui::DetailsPane", "USD %1").arg(QLocale().toString(*usd, 'f', 2));
}

/** How the policy counts an unknown fact, in words. */
QString unknownCountsAs(ms::MissingPolicy policy)
{
    switch (policy) {
    case ms::MissingPolicy::Pessimistic: return QCoreApplication::translate("ms::gui::DetailsPane", "counted as the worst value");
    case ms::MissingPolicy::Optimistic: return QCoreApplication::translate("ms::gui::DetailsPane", "counted as the best value");
    case ms::MissingPolicy::Midpoint: return QCoreApplication::translate("ms::gui::DetailsPane", "counted halfway between worst and best");
    }
    return {};
}

void finishTable(QTableWidget* table, const std::vector<QHeaderView::ResizeMode>& modes)
{
    QHeaderView* header = table->horizontalHeader();
    for (std::size_t i = 0; i < modes.size(); ++i)
        header->setSectionResizeMode(static_cast<int>(i), modes[i]);
}

/** tr() in the pane's context for the helpers here (lupdate reads Q_DECLARE_TR_FUNCTIONS). */
struct PaneText {
    Q_DECLARE_TR_FUNCTIONS(ms::gui::DetailsPane)
};

/** The fact's date in the locale; marked, with an icon and a tooltip, when it is stale. */
QTableWidgetItem* asOfCell(const ms::Fact& fact, const std::string& today, int staleMonths, const QStyle* style)
{
    if (fact.asOf.empty())
        return cell(QStringLiteral("—"), PaneText::tr("No date"));
    const QString shown = formatAsOf(fact.asOf);
    const std::optional<int> months = today.empty() ? std::nullopt : ms::monthsOld(fact.asOf, today);
    const bool stale = fact.value.isKnown() && months && *months > staleMonths;
    if (!stale)
        return cell(shown, PaneText::tr("As of %1").arg(qs(fact.asOf)));
    const QLocale locale;
    QTableWidgetItem* item = cell(shown,
                                  PaneText::tr("Stale: as of %1, %2 months old on %3; facts older than %4 months count as "
                                               "stale. Check it at its source, or give your own figure.")
                                      .arg(qs(fact.asOf), locale.toString(*months), formatAsOf(today),
                                           locale.toString(staleMonths)));
    // The marker: a warning icon; screen readers hear "stale".
    item->setIcon(style->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setData(Qt::AccessibleTextRole, PaneText::tr("%1, stale").arg(shown));
    item->setData(DetailsPane::StaleRole, true);
    return item;
}

/** The source's title; a link-styled cell carrying the address when it is http(s). */
QTableWidgetItem* sourceCell(const ms::Catalog& catalog, const ms::Fact& fact, const QPalette& palette)
{
    if (fact.source.empty())
        return cell(QStringLiteral("—"), PaneText::tr("No source given"));
    const ms::Source* source = catalog.source(fact.source);
    if (source == nullptr)
        return cell(qs(fact.source));
    const auto [title, tip] = sourceText(catalog, fact);
    Q_UNUSED(title);
    const QString url = qs(source->url);
    if (!isWebUrl(url))
        return cell(qs(source->title), tip);
    QTableWidgetItem* item = cell(qs(source->title), tip + QLatin1Char('\n') + PaneText::tr("Click to open it in the browser"));
    QFont font = item->font();
    font.setUnderline(true);
    item->setFont(font);
    item->setForeground(palette.color(QPalette::Link));
    item->setData(DetailsPane::SourceUrlRole, QUrl(url.trimmed(), QUrl::StrictMode));
    return item;
}

/** Which layer the fact came from; your own figures in bold. */
QTableWidgetItem* layerCell(const ms::Fact& fact)
{
    QTableWidgetItem* item = cell(layerLabel(fact.layer), layerToolTip(fact.layer));
    if (fact.layer == ms::kUserLayer) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

/** Every cell of row `row` knows its fact: key, kind, layer and source address. */
void tagRow(QTableWidget* table, int row, const std::string& key, bool detail, const ms::Fact& fact)
{
    QVariant url;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (QTableWidgetItem* item = table->item(row, c); item != nullptr && item->data(DetailsPane::SourceUrlRole).isValid())
            url = item->data(DetailsPane::SourceUrlRole);
    }
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem* item = table->item(row, c);
        if (item == nullptr)
            continue;
        item->setData(DetailsPane::FactKeyRole, qs(key));
        item->setData(DetailsPane::IsDetailRole, detail);
        item->setData(DetailsPane::LayerRole, qs(fact.layer));
        if (url.isValid() && !item->data(DetailsPane::SourceUrlRole).isValid())
            item->setData(DetailsPane::RowSourceUrlRole, url); // the row's address, for the context menu
    }
}

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Select an alternative to see what it offers and why it ranks where it does."), m_stack);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);

    auto* content = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(4);

    m_nameLabel = plainLabel(content, QStringLiteral("detailsNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setAccessibleName(tr("Alternative name"));
    layout->addWidget(m_nameLabel);

    m_subtitleLabel = plainLabel(content, QStringLiteral("detailsSubtitleLabel"));
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_subtitleLabel);

    m_homepageLabel = plainLabel(content, QStringLiteral("detailsHomepageLabel"));
    m_homepageLabel->setWordWrap(false);
    layout->addWidget(m_homepageLabel);

    m_scoreLabel = plainLabel(content, QStringLiteral("detailsScoreLabel"));
    QFont scoreFont = m_scoreLabel->font();
    scoreFont.setWeight(QFont::DemiBold);
    m_scoreLabel->setFont(scoreFont);
    m_scoreLabel->setToolTip(tr("Known: the share of the weight whose facts the catalog gives"));
    layout->addSpacing(4);
    layout->addWidget(m_scoreLabel);

    m_summaryLabel = plainLabel(content, QStringLiteral("detailsSummaryLabel"));
    layout->addWidget(m_summaryLabel);

    m_explanationLabel = plainLabel(content, QStringLiteral("detailsExplanationLabel"));
    layout->addWidget(m_explanationLabel);

    // The projected monthly cost under the user's usage (hidden without one).
    auto* costFrame = new QFrame(content);
    costFrame->setObjectName(QStringLiteral("detailsCostPanel"));
    costFrame->setFrameShape(QFrame::StyledPanel);
    m_costPanel = costFrame;
    auto* costLayout = new QGridLayout(costFrame);
    costLayout->setContentsMargins(8, 6, 8, 6);
    costLayout->setHorizontalSpacing(12);
    costLayout->setVerticalSpacing(2);
    QLabel* costHeading = plainLabel(costFrame, QStringLiteral("detailsCostHeading"));
    costHeading->setText(tr("Projected monthly cost for your usage"));
    QFont costHeadingFont = costHeading->font();
    costHeadingFont.setWeight(QFont::DemiBold);
    costHeading->setFont(costHeadingFont);
    costLayout->addWidget(costHeading, 0, 0, 1, 3);
    auto addFigure = [costFrame, costLayout](int column, const QString& caption, const QString& name) {
        QLabel* captionLabel = plainLabel(costFrame, name + QStringLiteral("Caption"));
        captionLabel->setText(caption);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        captionLabel->setWordWrap(false);
        QLabel* value = plainLabel(costFrame, name);
        value->setWordWrap(false);
        costLayout->addWidget(captionLabel, 1, column);
        costLayout->addWidget(value, 2, column);
        return value;
    };
    m_authorCostLabel = addFigure(0, tr("Mod author pays"), QStringLiteral("detailsAuthorCost"));
    m_playerCostLabel = addFigure(1, tr("Each player pays"), QStringLiteral("detailsPlayerCost"));
    m_coversLabel = addFigure(2, tr("Free tier covers it"), QStringLiteral("detailsFreeTierCovers"));
    costLayout->setColumnStretch(2, 1);
    m_costExplanationLabel = plainLabel(costFrame, QStringLiteral("detailsCostExplanation"));
    costLayout->addWidget(m_costExplanationLabel, 3, 0, 1, 3);
    costLayout->setRowMinimumHeight(3, 0);
    m_costPanel->setVisible(false);
    layout->addSpacing(2);
    layout->addWidget(m_costPanel);
    layout->addSpacing(4);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);

    m_contributionsTable = makeTable({tr("Criterion"), tr("Weight"), tr("Utility"), tr("Points")},
                                     tr("Contributions to the score"), m_tabs);
    m_contributionsTable->horizontalHeaderItem(1)->setToolTip(tr("Share of the total weight"));
    m_contributionsTable->horizontalHeaderItem(2)->setToolTip(
        tr("How good the fact is after normalisation: 0 worst, 1 best; an unknown fact counts as the policy says"));
    m_contributionsTable->horizontalHeaderItem(3)->setToolTip(
        tr("Weight × utility, in score points out of 100; with the weighted sum the points add up to the score"));
    for (int c = 1; c <= 3; ++c)
        m_contributionsTable->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pointsDelegate = new ScoreBarDelegate(BarValueRole, 1.0, m_contributionsTable);
    m_contributionsTable->setItemDelegateForColumn(3, m_pointsDelegate);
    finishTable(m_contributionsTable, {QHeaderView::Stretch, QHeaderView::ResizeToContents,
                                       QHeaderView::ResizeToContents, QHeaderView::Fixed});
    m_contributionsTable->horizontalHeader()->resizeSection(
        3, m_contributionsTable->fontMetrics().horizontalAdvance(QStringLiteral("Points 100.0")) + 40);
    m_tabs->addTab(m_contributionsTable, tr("&Why this score"));

    const QString sourceHeaderTip = tr("When the fact was checked, and where it comes from");
    const QString legend = tr("≈ marks an estimate; point at a value for its note.");

    auto* factsPage = new QWidget(m_tabs);
    auto* factsLayout = new QVBoxLayout(factsPage);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->setSpacing(4);
    m_factsTable = makeTable({tr("Criterion"), tr("Value"), tr("As of"), tr("Source"), tr("Layer")},
                             tr("Facts per criterion"), factsPage);
    m_factsTable->setObjectName(QStringLiteral("factsTable"));
    m_factsTable->horizontalHeaderItem(FactAsOfColumn)->setToolTip(tr("When the fact was checked; ⚠ marks a stale one"));
    m_factsTable->horizontalHeaderItem(FactSourceColumn)->setToolTip(sourceHeaderTip);
    m_factsTable->horizontalHeaderItem(FactLayerColumn)->setToolTip(
        tr("Where the value comes from: the bundled catalog, an update, an import, or your own figure"));
    // The value gets what it needs up to a limit (it elides, its tooltip has it all), so
    // the source keeps room in a narrow pane.
    finishTable(m_factsTable, {QHeaderView::ResizeToContents, QHeaderView::Interactive,
                               QHeaderView::ResizeToContents, QHeaderView::Stretch, QHeaderView::ResizeToContents});
    m_factsTable->horizontalHeader()->setMinimumSectionSize(40);
    setupFactInteraction(m_factsTable);
    factsLayout->addWidget(m_factsTable, 1);
    QLabel* factsLegend = plainLabel(factsPage, QStringLiteral("factsLegend"));
    factsLegend->setText(legend);
    factsLegend->setForegroundRole(QPalette::PlaceholderText);
    factsLayout->addWidget(factsLegend);
    m_tabs->addTab(factsPage, tr("F&acts"));

    auto* detailsPage = new QWidget(m_tabs);
    auto* detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(4);
    m_detailsTable = makeTable({tr("Detail"), tr("Value"), tr("As of"), tr("Layer")}, tr("Other details"), detailsPage);
    m_detailsTable->setObjectName(QStringLiteral("detailsTable"));
    m_detailsTable->horizontalHeaderItem(DetailValueColumn)->setToolTip(tr("Point at a value for its source and date"));
    m_detailsTable->horizontalHeaderItem(DetailAsOfColumn)->setToolTip(tr("When the fact was checked; ⚠ marks a stale one"));
    m_detailsTable->horizontalHeaderItem(DetailLayerColumn)->setToolTip(
        tr("Where the value comes from: the bundled catalog, an update, an import, or your own figure"));
    finishTable(m_detailsTable, {QHeaderView::ResizeToContents, QHeaderView::Stretch, QHeaderView::ResizeToContents,
                                 QHeaderView::ResizeToContents});
    setupFactInteraction(m_detailsTable);
    // Details are often a sentence: wrap them and let each row take the height it needs.
    m_detailsTable->setWordWrap(true);
    m_detailsTable->setTextElideMode(Qt::ElideNone);
    m_detailsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detailsTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    detailsLayout->addWidget(m_detailsTable, 1);
    QLabel* detailsLegend = plainLabel(detailsPage, QStringLiteral("detailsLegend"));
    detailsLegend->setText(legend);
    detailsLegend->setForegroundRole(QPalette::PlaceholderText);
    detailsLayout->addWidget(detailsLegend);
    m_tabs->addTab(detailsPage, tr("&Details"));

    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);
    m_stack->setCurrentIndex(0);
}

void DetailsPane::clear()
{
    m_stack->setCurrentIndex(0);
    m_nameLabel->clear();
    m_contributionsTable->setRowCount(0);
    m_factsTable->setRowCount(0);
    m_detailsTable->setRowCount(0);
}

void DetailsPane::showAlternative(const ms::Catalog& catalog, std::size_t alternativeIndex,
                                  const ms::RankedAlternative* ranked, std::size_t rankedCount,
                                  const DetailsContext& context)
{
    if (alternativeIndex >= catalog.alternatives.size()) {
        clear();
        return;
    }
    const ms::Alternative& alt = catalog.alternatives[alternativeIndex];
    const QLocale locale;

    m_nameLabel->setText(qs(alt.name));

    QStringList subtitle{qs(ms::kindLabel(alt.kind, catalogLanguage()))};
    if (!alt.vendor.empty())
        subtitle << qs(alt.vendor);
    if (!alt.status.empty() && alt.status != "public") {
        QString status = qs(alt.status);
        status.replace(QLatin1Char('_'), QLatin1Char(' '));
        subtitle << status;
    }
    m_subtitleLabel->setText(subtitle.join(QStringLiteral(" · ")));

    setHomepage(qs(alt.homepage));

    if (ranked != nullptr) {
        const QString score = RankingTableModel::formatScore(ranked->score, context.percent);
        m_scoreLabel->setText((context.percent ? tr("Rank %1 of %2 · score %3 / 100 · %4 % known")
                                               : tr("Rank %1 of %2 · score %3 · %4 % known"))
                                  .arg(locale.toString(ranked->rank), locale.toString(static_cast<qulonglong>(rankedCount)),
                                       score, locale.toString(ranked->coverage * 100.0, 'f', 0)));
    } else {
        m_scoreLabel->setText(tr("Not ranked: give at least one criterion a weight above 0."));
    }

    const QString summary = qs(alt.summary.get(catalogLanguage()));
    m_summaryLabel->setText(summary);
    m_summaryLabel->setVisible(!summary.isEmpty());

    QString explanation;
    if (ranked != nullptr) {
        const ms::Explanation why = ms::explain(*ranked, 2);
        auto names = [&catalog](const std::vector<std::size_t>& indices) {
            QStringList list;
            for (std::size_t i : indices) {
                if (i < catalog.criteria.size())
                    list << qs(catalog.criteria[i].label.get(catalogLanguage()));
            }
            return list.join(QStringLiteral(", "));
        };
        if (!why.strongest.empty())
            explanation += tr("Strongest: %1.").arg(names(why.strongest));
        if (!why.weakest.empty()) {
            if (!explanation.isEmpty())
                explanation += QLatin1Char(' ');
            explanation += tr("Loses most on: %1.").arg(names(why.weakest));
        }
        QStringList missing;
        for (const ms::Contribution& c : ranked->contributions) {
            if (c.missing && c.weight > 0.0) {
                if (const ms::Criterion* criterion = catalog.criterion(c.criterionId))
                    missing << qs(criterion->label.get(catalogLanguage()));
            }
        }
        if (!missing.isEmpty()) {
            explanation += QLatin1Char('\n')
                + tr("Unknown, %1: %2.").arg(unknownCountsAs(context.missing), missing.join(QStringLiteral(", ")));
            if (ranked->scoreHigh - ranked->scoreLow > 1e-12)
                explanation += QLatin1Char(' ')
                    + tr("With them the score could be %1 to %2.")
                          .arg(RankingTableModel::formatScore(ranked->scoreLow, context.percent),
                               RankingTableModel::formatScore(ranked->scoreHigh, context.percent));
        }
        if (ranked->dominatedBy && *ranked->dominatedBy < catalog.alternatives.size()) {
            explanation += QLatin1Char('\n')
                + tr("Dominated by %1: at least as good on every criterion you weigh, and better on one.")
                      .arg(qs(catalog.alternatives[*ranked->dominatedBy].name));
        }
        if (context.method != ms::Method::WeightedSum)
            explanation += QLatin1Char('\n') + tr("With %1 the points below are a guide, not an exact split of the score.")
                                                   .arg(context.method == ms::Method::Topsis ? tr("TOPSIS") : tr("the weighted product"));
    }
    m_explanationLabel->setText(explanation);
    m_explanationLabel->setVisible(!explanation.isEmpty());
    showCost(context);

    m_today = context.today;
    m_staleMonths = context.staleMonths;
    fillContributions(catalog, ranked);
    fillFacts(catalog, alt);
    fillDetails(catalog, alt);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_detailsTable->parentWidget()), !alt.details.empty());
    m_stack->setCurrentIndex(1);
}

void DetailsPane::showCost(const DetailsContext& context)
{
    if (!context.cost) {
        m_costPanel->setVisible(false);
        m_costExplanationLabel->clear();
        return;
    }
    const ms::CostProjection& cost = *context.cost;
    m_authorCostLabel->setText(money(cost.authorCostUsdPerMonth));
    m_playerCostLabel->setText(money(cost.playerCostUsdPerMonth));
    m_coversLabel->setText(!cost.freeTierCovers ? tr("unknown") : *cost.freeTierCovers ? tr("yes") : tr("no"));
    // The core's own sentence: plain English, numbers locale-free.
    m_costExplanationLabel->setText(qs(cost.explanation));
    m_costExplanationLabel->setVisible(!cost.explanation.empty());
    const bool authorPays = context.payer && *context.payer == ms::Payer::Author;
    m_costPanel->setToolTip(authorPays ? tr("The mod ships your key: one account serves every player")
                                       : tr("Each player uses an account of their own"));
    m_costPanel->setVisible(true);
}

void DetailsPane::setHomepage(const QString& url)
{
    m_homepageLabel->setToolTip({});
    if (url.isEmpty()) {
        m_homepageLabel->setVisible(false);
        return;
    }
    m_homepageLabel->setVisible(true);
    if (isWebUrl(url)) {
        // The only rich text in the pane: an escaped link to an http(s) address.
        const QUrl parsed(url.trimmed(), QUrl::StrictMode);
        const QString href = QString::fromLatin1(parsed.toEncoded()).toHtmlEscaped();
        m_homepageLabel->setTextFormat(Qt::RichText);
        m_homepageLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(href, url.trimmed().toHtmlEscaped()));
        m_homepageLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
        m_homepageLabel->setOpenExternalLinks(true);
        m_homepageLabel->setFocusPolicy(Qt::TabFocus);
        m_homepageLabel->setToolTip(plainToolTip(tr("Open %1 in the browser").arg(url.trimmed())));
    } else {
        m_homepageLabel->setOpenExternalLinks(false);
        m_homepageLabel->setTextFormat(Qt::PlainText);
        m_homepageLabel->setText(url);
        m_homepageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_homepageLabel->setFocusPolicy(Qt::NoFocus);
        m_homepageLabel->setToolTip(tr("Not a web address: shown as text, not as a link"));
    }
}

void DetailsPane::fillContributions(const ms::Catalog& catalog, const ms::RankedAlternative* ranked)
{
    QTableWidget* table = m_contributionsTable;
    table->setRowCount(0);
    if (ranked == nullptr)
        return;

    // Largest contribution first, then the weighted criteria that gave nothing, then
    // the criteria with weight 0.
    std::vector<const ms::Contribution*> rows;
    double largestWeight = 0.0;
    for (const ms::Contribution& c : ranked->contributions) {
        rows.push_back(&c);
        largestWeight = std::max(largestWeight, c.weight);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ms::Contribution* a, const ms::Contribution* b) {
        if (a->contribution != b->contribution)
            return a->contribution > b->contribution;
        return a->weight > b->weight;
    });
    // A full bar: full marks on the most heavily weighted criterion.
    m_pointsDelegate->setMaximum(largestWeight > 0.0 ? largestWeight * 100.0 : 1.0);

    const QLocale locale;
    const QPalette palette = table->palette();
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const ms::Contribution& c = *rows[static_cast<std::size_t>(r)];
        const ms::Criterion* criterion = catalog.criterion(c.criterionId);
        const QString label = criterion ? qs(criterion->label.get(catalogLanguage())) : qs(c.criterionId);
        auto* name = cell(label);
        auto* weight = numberCell(tr("%1 %").arg(locale.toString(c.weight * 100.0, 'f', 1)));
        QTableWidgetItem* utility = c.missing
            ? numberCell(tr("unknown"), tr("The fact is unknown; the policy counts it as %1").arg(locale.toString(c.utility, 'f', 2)))
            : numberCell(locale.toString(c.utility, 'f', 2));
        auto* points = numberCell(locale.toString(c.contribution * 100.0, 'f', 1));
        points->setData(BarValueRole, c.contribution * 100.0);
        if (c.missing)
            dim(utility, palette);
        if (c.weight <= 0.0) {
            for (QTableWidgetItem* item : {name, weight, utility, points})
                dim(item, palette);
        }
        table->setItem(r, 0, name);
        table->setItem(r, 1, weight);
        table->setItem(r, 2, utility);
        table->setItem(r, 3, points);
    }
}

void DetailsPane::fillFacts(const ms::Catalog& catalog, const ms::Alternative& alternative)
{
    QTableWidget* table = m_factsTable;
    const QPalette palette = table->palette();
    table->setRowCount(static_cast<int>(catalog.criteria.size()));
    int r = 0;
    for (const ms::Criterion& criterion : catalog.criteria) {
        const ms::Fact* fact = alternative.fact(criterion.id);
        const ms::Fact empty;
        const ms::Fact& f = fact ? *fact : empty;

        QString value = formatFactValue(f.value, f.value.kind == ms::FactValue::Kind::Number ? criterion.unit : std::string());
        QString tip = value;
        if (f.estimate) {
            value = tr("≈ %1").arg(value);
            tip = f.note.empty() ? tr("The editors' estimate") : tr("Estimate: %1").arg(qs(f.note));
        } else if (!f.note.empty()) {
            tip = qs(f.note);
        }
        auto* name = cell(qs(criterion.label.get(catalogLanguage())), qs(criterion.description.get(catalogLanguage())));
        auto* valueItem = cell(value, tip);
        if (!f.value.isKnown())
            dim(valueItem, palette);
        else if (f.estimate) {
            QFont font = valueItem->font();
            font.setItalic(true);
            valueItem->setFont(font);
        }
        table->setItem(r, FactNameColumn, name);
        table->setItem(r, FactValueColumn, valueItem);
        table->setItem(r, FactAsOfColumn, asOfCell(f, m_today, m_staleMonths, style()));
        table->setItem(r, FactSourceColumn, sourceCell(catalog, f, palette));
        table->setItem(r, FactLayerColumn, layerCell(f));
        tagRow(table, r, criterion.id, false, f);
        ++r;
    }
    // The value column: as wide as its widest value, at most two fifths of the table.
    int valueWidth = table->fontMetrics().horizontalAdvance(tr("Value")) + 24;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem* item = table->item(row, FactValueColumn))
            valueWidth = std::max(valueWidth, table->fontMetrics().horizontalAdvance(item->text()) + 16);
    }
    table->horizontalHeader()->resizeSection(FactValueColumn, std::min(valueWidth, std::max(110, table->viewport()->width() * 2 / 5)));
}

void DetailsPane::fillDetails(const ms::Catalog& catalog, const ms::Alternative& alternative)
{
    QTableWidget* table = m_detailsTable;
    const QPalette palette = table->palette();
    table->setRowCount(static_cast<int>(alternative.details.size()));
    int r = 0;
    for (const ms::Detail& detail : alternative.details) {
        const ms::Fact& f = detail.fact;
        QString value = formatFactValue(f.value, f.value.kind == ms::FactValue::Kind::Number ? f.unit : std::string());
        QStringList tip{value};
        if (f.estimate) {
            value = tr("≈ %1").arg(value);
            tip << (f.note.empty() ? tr("The editors' estimate") : tr("Estimate: %1").arg(qs(f.note)));
        } else if (!f.note.empty()) {
            tip << qs(f.note);
        }
        const auto [sourceTitle, sourceTip] = sourceText(catalog, f);
        tip << tr("Source: %1").arg(sourceTitle);
        const QString label = detail.label.get(catalogLanguage()).empty() ? qs(detail.key) : qs(detail.label.get(catalogLanguage()));
        auto* valueItem = cell(value, tip.join(QLatin1Char('\n')));
        if (!f.value.isKnown())
            dim(valueItem, palette);
        else if (f.estimate) {
            QFont font = valueItem->font();
            font.setItalic(true);
            valueItem->setFont(font);
        }
        auto* labelItem = cell(label);
        QTableWidgetItem* asOfItem = asOfCell(f, m_today, m_staleMonths, style());
        QTableWidgetItem* layerItem = layerCell(f);
        for (QTableWidgetItem* item : {labelItem, valueItem, asOfItem, layerItem})
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (const ms::Source* source = catalog.source(f.source); source != nullptr && isWebUrl(qs(source->url)))
            valueItem->setData(RowSourceUrlRole, QUrl(qs(source->url).trimmed(), QUrl::StrictMode));
        table->setItem(r, DetailNameColumn, labelItem);
        table->setItem(r, DetailValueColumn, valueItem);
        table->setItem(r, DetailAsOfColumn, asOfItem);
        table->setItem(r, DetailLayerColumn, layerItem);
        tagRow(table, r, detail.key, true, f);
        ++r;
    }
}

} // namespace ms::gui

namespace ms::gui {

void DetailsPane::setupFactInteraction(QTableWidget* table)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableWidget::customContextMenuRequested, this,
            [this, table](const QPoint& pos) { showFactMenu(table, pos); });
    // A source with a web address is a link: one click opens it.
    connect(table, &QTableWidget::cellClicked, this, [this, table](int row, int column) {
        const QTableWidgetItem* item = table->item(row, column);
        if (item == nullptr || !item->data(SourceUrlRole).isValid())
            return;
        const QUrl url = item->data(SourceUrlRole).toUrl();
        Q_EMIT sourceLinkActivated(url);
        QDesktopServices::openUrl(url);
    });
    // Double-click or Enter on a fact edits it (a link cell only opens its link).
    connect(table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.data(SourceUrlRole).isValid())
            return;
        const QString key = index.data(FactKeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT editFactRequested(key, index.data(IsDetailRole).toBool());
    });
}

void DetailsPane::showFactMenu(QTableWidget* table, const QPoint& pos)
{
    const QTableWidgetItem* item = table->itemAt(pos);
    if (item == nullptr)
        return;
    const QString key = item->data(FactKeyRole).toString();
    const bool detail = item->data(IsDetailRole).toBool();
    const bool yours = item->data(LayerRole).toString() == QLatin1String(ms::kUserLayer.data(), ms::kUserLayer.size());
    QVariant url = item->data(SourceUrlRole);
    if (!url.isValid())
        url = item->data(RowSourceUrlRole);

    QMenu menu(this);
    QAction* edit = menu.addAction(tr("&Edit Fact…"));
    QAction* revert = menu.addAction(tr("Re&vert to Catalog Value"));
    revert->setEnabled(yours);
    revert->setToolTip(yours ? tr("Remove your own figure; the catalog's value comes back")
                             : tr("This value is the catalog's, not yours"));
    QAction* open = nullptr;
    if (url.isValid()) {
        menu.addSeparator();
        open = menu.addAction(tr("&Open Source in Browser"));
    }
    QAction* chosen = menu.exec(table->viewport()->mapToGlobal(pos));
    if (chosen == edit)
        Q_EMIT editFactRequested(key, detail);
    else if (chosen == revert)
        Q_EMIT revertFactRequested(key, detail);
    else if (chosen != nullptr && chosen == open) {
        Q_EMIT sourceLinkActivated(url.toUrl());
        QDesktopServices::openUrl(url.toUrl());
    }
}

bool DetailsPane::currentFact(QString* key, bool* detail) const
{
    if (m_stack->currentIndex() != 1)
        return false;
    QTableWidget* table = m_tabs->currentWidget() == m_detailsTable->parentWidget() ? m_detailsTable : m_factsTable;
    if (m_tabs->currentWidget() != m_detailsTable->parentWidget() && m_tabs->currentWidget() != m_factsTable->parentWidget())
        return false;
    const QTableWidgetItem* item = table->item(table->currentRow(), 0);
    if (item == nullptr || !table->selectionModel()->hasSelection())
        return false;
    if (key != nullptr)
        *key = item->data(FactKeyRole).toString();
    if (detail != nullptr)
        *detail = item->data(IsDetailRole).toBool();
    return true;
}

bool DetailsPane::selectFact(const QString& key, bool detail)
{
    QTableWidget* table = detail ? m_detailsTable : m_factsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* item = table->item(row, 0);
        if (item != nullptr && item->data(FactKeyRole).toString() == key) {
            m_tabs->setCurrentWidget(table->parentWidget());
            table->setCurrentCell(row, 0);
            table->scrollToItem(table->item(row, 0));
            return true;
        }
    }
    return false;
}

} // namespace ms::gui

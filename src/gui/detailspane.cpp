// SPDX-License-Identifier: MIT
#include "gui/detailspane.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

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

void finishTable(QTableWidget* table, const std::vector<QHeaderView::ResizeMode>& modes)
{
    QHeaderView* header = table->horizontalHeader();
    for (std::size_t i = 0; i < modes.size(); ++i)
        header->setSectionResizeMode(static_cast<int>(i), modes[i]);
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
    m_scoreLabel->setToolTip(tr("Known: the share of the weight whose facts the catalog gives; unknown facts count as 0"));
    layout->addSpacing(4);
    layout->addWidget(m_scoreLabel);

    m_summaryLabel = plainLabel(content, QStringLiteral("detailsSummaryLabel"));
    layout->addWidget(m_summaryLabel);

    m_explanationLabel = plainLabel(content, QStringLiteral("detailsExplanationLabel"));
    layout->addWidget(m_explanationLabel);
    layout->addSpacing(4);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);

    m_contributionsTable = makeTable({tr("Criterion"), tr("Weight"), tr("Utility"), tr("Points")},
                                     tr("Contributions to the score"), m_tabs);
    m_contributionsTable->horizontalHeaderItem(1)->setToolTip(tr("Share of the total weight"));
    m_contributionsTable->horizontalHeaderItem(2)->setToolTip(
        tr("How good the fact is on the catalog's fixed scale: 0 worst, 1 best; unknown counts as 0"));
    m_contributionsTable->horizontalHeaderItem(3)->setToolTip(
        tr("Weight × utility, in score points out of 100; the points add up to the score"));
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
    m_factsTable = makeTable({tr("Criterion"), tr("Value"), tr("Source")}, tr("Facts per criterion"), factsPage);
    m_factsTable->horizontalHeaderItem(2)->setToolTip(sourceHeaderTip);
    finishTable(m_factsTable, {QHeaderView::ResizeToContents, QHeaderView::ResizeToContents, QHeaderView::Stretch});
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
    m_detailsTable = makeTable({tr("Detail"), tr("Value")}, tr("Other details"), detailsPage);
    m_detailsTable->horizontalHeaderItem(1)->setToolTip(tr("Point at a value for its source and date"));
    finishTable(m_detailsTable, {QHeaderView::ResizeToContents, QHeaderView::Stretch});
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
                                  const ms::RankedAlternative* ranked, std::size_t rankedCount)
{
    if (alternativeIndex >= catalog.alternatives.size()) {
        clear();
        return;
    }
    const ms::Alternative& alt = catalog.alternatives[alternativeIndex];
    const QLocale locale;

    m_nameLabel->setText(qs(alt.name));

    QStringList subtitle{qs(ms::kindLabel(alt.kind))};
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
        m_scoreLabel->setText(tr("Rank %1 of %2 · score %3 / 100 · %4 % known")
                                  .arg(locale.toString(ranked->rank), locale.toString(static_cast<qulonglong>(rankedCount)),
                                       locale.toString(ranked->score * 100.0, 'f', 1),
                                       locale.toString(ranked->coverage * 100.0, 'f', 0)));
    } else {
        m_scoreLabel->setText(tr("Not ranked: give at least one criterion a weight above 0."));
    }

    const QString summary = qs(alt.summary.get("en"));
    m_summaryLabel->setText(summary);
    m_summaryLabel->setVisible(!summary.isEmpty());

    QString explanation;
    if (ranked != nullptr) {
        const ms::Explanation why = ms::explain(*ranked, 2);
        auto names = [&catalog](const std::vector<std::size_t>& indices) {
            QStringList list;
            for (std::size_t i : indices) {
                if (i < catalog.criteria.size())
                    list << qs(catalog.criteria[i].label.get("en"));
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
                    missing << qs(criterion->label.get("en"));
            }
        }
        if (!missing.isEmpty())
            explanation += QLatin1Char('\n') + tr("Unknown, counted as 0: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    m_explanationLabel->setText(explanation);
    m_explanationLabel->setVisible(!explanation.isEmpty());

    fillContributions(catalog, ranked);
    fillFacts(catalog, alt);
    fillDetails(catalog, alt);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_detailsTable->parentWidget()), !alt.details.empty());
    m_stack->setCurrentIndex(1);
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
        const QString label = criterion ? qs(criterion->label.get("en")) : qs(c.criterionId);
        auto* name = cell(label);
        auto* weight = numberCell(tr("%1 %").arg(locale.toString(c.weight * 100.0, 'f', 1)));
        QTableWidgetItem* utility = c.missing
            ? numberCell(tr("unknown"), tr("The fact is unknown and counts as 0"))
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
        auto* name = cell(qs(criterion.label.get("en")), qs(criterion.description.get("en")));
        auto* valueItem = cell(value, tip);
        if (!f.value.isKnown())
            dim(valueItem, palette);
        else if (f.estimate) {
            QFont font = valueItem->font();
            font.setItalic(true);
            valueItem->setFont(font);
        }
        const auto [sourceTitle, sourceTip] = sourceText(catalog, f);
        table->setItem(r, 0, name);
        table->setItem(r, 1, valueItem);
        table->setItem(r, 2, cell(sourceTitle, sourceTip));
        ++r;
    }
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
        const QString label = detail.label.get("en").empty() ? qs(detail.key) : qs(detail.label.get("en"));
        auto* valueItem = cell(value, tip.join(QLatin1Char('\n')));
        if (!f.value.isKnown())
            dim(valueItem, palette);
        else if (f.estimate) {
            QFont font = valueItem->font();
            font.setItalic(true);
            valueItem->setFont(font);
        }
        auto* labelItem = cell(label);
        labelItem->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        valueItem->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        table->setItem(r, 0, labelItem);
        table->setItem(r, 1, valueItem);
        ++r;
    }
}

} // namespace ms::gui

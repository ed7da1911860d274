// SPDX-License-Identifier: MIT
#include "gui/language.h"
#include "gui/views/sensitivityview.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

#include "gui/textutil.h"
#include "gui/views/chartutil.h"
#include "gui/views/stabilitybar.h"

namespace ms::gui {

using chartutil::chartText;

namespace {

QLabel* selectablePlainLabel(const QString& text, QWidget* parent, bool wrap = true)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1);
}

QPixmap swatch(const QColor& color, bool marker, int size)
{
    QPixmap pixmap(size * 2, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    if (marker) {
        painter.setPen(QPen(Qt::black, 2.0));
        painter.drawLine(QPointF(size, 1), QPointF(size, size - 1));
    } else {
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.0));
        painter.setBrush(color);
        painter.drawRect(QRectF(0.5, 2.5, size * 2 - 1, size - 5));
    }
    return pixmap;
}

QString alternativeName(const ms::Catalog& catalog, std::size_t index)
{
    return index < catalog.alternatives.size() ? qs(catalog.alternatives[index].name) : QString();
}

} // namespace

SensitivityView::SensitivityView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = selectablePlainLabel(QString(), this);
    m_summary->setObjectName(QStringLiteral("sensitivitySummary"));
    layout->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rowsWidget = new QWidget(scroll);
    m_rowsLayout = new QGridLayout(m_rowsWidget);
    m_rowsLayout->setContentsMargins(0, 4, 0, 4);
    m_rowsLayout->setHorizontalSpacing(12);
    m_rowsLayout->setVerticalSpacing(2);
    m_rowsLayout->setColumnStretch(1, 1);
    scroll->setWidget(m_rowsWidget);
    layout->addWidget(scroll, 3);

    m_legend = new QWidget(this);
    auto* legendLayout = new QHBoxLayout(m_legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    const int size = fontMetrics().height();
    const struct {
        QColor color;
        bool marker;
        QString text;
    } entries[] = {
        { StabilityBar::topColor(), false, tr("the top choice stays first") },
        { StabilityBar::topThreeColor(), false, tr("the top three keep their order") },
        { QColor(), true, tr("the current weight") },
    };
    for (const auto& entry : entries) {
        auto* icon = new QLabel(m_legend);
        icon->setPixmap(swatch(entry.color, entry.marker, size));
        legendLayout->addWidget(icon);
        legendLayout->addWidget(selectablePlainLabel(entry.text, m_legend, false));
        legendLayout->addSpacing(12);
    }
    legendLayout->addStretch(1);
    layout->addWidget(m_legend);

    m_runnerUp = selectablePlainLabel(QString(), this);
    m_runnerUp->setObjectName(QStringLiteral("sensitivityRunnerUp"));
    QFont runnerFont = m_runnerUp->font();
    runnerFont.setWeight(QFont::DemiBold);
    m_runnerUp->setFont(runnerFont);
    layout->addWidget(m_runnerUp);

    m_note = selectablePlainLabel(QString(), this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    m_winChart = new QChartView(this);
    m_winChart->setObjectName(QStringLiteral("sensitivityWinChart"));
    m_winChart->setRenderHint(QPainter::Antialiasing);
    m_winChart->setMinimumHeight(220);
    m_winChart->setAccessibleName(tr("Win probabilities"));
    layout->addWidget(m_winChart, 2);

    m_winRest = selectablePlainLabel(QString(), this);
    m_winRest->setForegroundRole(QPalette::PlaceholderText);
    m_winRest->setVisible(false);
    layout->addWidget(m_winRest);

    showMessage(tr("No sensitivity analysis yet."));
}

void SensitivityView::clearRows()
{
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
}

void SensitivityView::showMessage(const QString& message)
{
    clearRows();
    m_summary->setText(message);
    m_legend->setVisible(false);
    m_runnerUp->clear();
    m_runnerUp->setVisible(false);
    m_note->setVisible(false);
    m_winRest->setVisible(false);
    m_winCategories.clear();
    m_winPercentages.clear();
    auto* chart = new QChart;
    chartutil::styleChart(chart);
    chart->legend()->setVisible(false);
    QChart* old = m_winChart->chart();
    m_winChart->setChart(chart);
    delete old;
    m_winChart->setVisible(false);
}

QString SensitivityView::rowText(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].numbers->text() : QString();
}

QString SensitivityView::rowLabel(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].label->text() : QString();
}

StabilityBar* SensitivityView::rowBar(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].bar : nullptr;
}

QString SensitivityView::runnerUpText() const
{
    return m_runnerUp->text();
}

QString SensitivityView::summaryText() const
{
    return m_summary->text();
}

void SensitivityView::setReport(const ms::Catalog& catalog, const ms::SensitivityReport& report)
{
    showMessage(QString());
    const QLocale locale;

    if (report.topThree.empty()) {
        m_summary->setText(tr("Nothing is ranked, so there is nothing to analyse."));
    } else {
        const QString top = alternativeName(catalog, report.topThree.front());
        QStringList next;
        for (std::size_t i = 1; i < report.topThree.size(); ++i)
            next << alternativeName(catalog, report.topThree[i]);
        QString summary = next.isEmpty() ? tr("Top choice: %1.").arg(top)
                                         : tr("Top choice: %1, then %2.").arg(top, next.join(QStringLiteral(", ")));
        if (!report.stability.empty()) {
            summary += QLatin1Char(' ')
                + tr("Each bar is one weight on a 0–100 % scale, the other weights changing in proportion. "
                     "%1 stays first while the weight stays in the light band; the top three keep their "
                     "order in the dark band.")
                      .arg(top);
        }
        m_summary->setText(summary);
    }

    // Rows: weighted criteria heaviest first, then the rest in catalog order.
    std::vector<const ms::StabilityInterval*> rows;
    for (const ms::StabilityInterval& s : report.stability)
        rows.push_back(&s);
    std::stable_sort(rows.begin(), rows.end(),
        [](const ms::StabilityInterval* a, const ms::StabilityInterval* b) { return a->weight > b->weight; });
    if (!rows.empty()) {
        auto* scale = new StabilityScale(m_rowsWidget);
        m_rowsLayout->addWidget(scale, 0, 1);
        auto* header = selectablePlainLabel(tr("weight now · first stays · top three"), m_rowsWidget, false);
        header->setForegroundRole(QPalette::PlaceholderText);
        m_rowsLayout->addWidget(header, 0, 2);
    }
    int gridRow = 1;
    for (const ms::StabilityInterval* s : rows) {
        const QString label = s->criterionIndex < catalog.criteria.size()
            ? qs(catalog.criteria[s->criterionIndex].label.get(catalogLanguage()))
            : QString();
        Row row;
        row.label = selectablePlainLabel(label, m_rowsWidget, false);
        row.bar = new StabilityBar(m_rowsWidget);
        row.bar->setIntervals(s->weight, s->lowTop, s->highTop, s->lowTopThree, s->highTopThree);
        const QString numbers = tr("%1 % · %2–%3 % · %4–%5 %")
                                    .arg(percent(s->weight), percent(s->lowTop), percent(s->highTop),
                                        percent(s->lowTopThree), percent(s->highTopThree));
        row.numbers = selectablePlainLabel(numbers, m_rowsWidget, false);
        QString description = tr("%1: weight %2 %. The top choice stays first from %3 % to %4 %; "
                                 "the top three keep their order from %5 % to %6 %.")
                                  .arg(label, percent(s->weight), percent(s->lowTop), percent(s->highTop),
                                      percent(s->lowTopThree), percent(s->highTopThree));
        if (s->equalSpread)
            description += QLatin1Char(' ') + tr("As this weight is the only one, the others share the rest equally.");
        row.bar->setAccessibleName(label);
        row.bar->setAccessibleDescription(description);
        row.bar->setToolTip(plainToolTip(description));
        row.numbers->setToolTip(plainToolTip(description));
        if (s->weight <= 0.0) {
            row.label->setForegroundRole(QPalette::PlaceholderText);
            row.numbers->setForegroundRole(QPalette::PlaceholderText);
        }
        m_rowsLayout->addWidget(row.label, gridRow, 0);
        m_rowsLayout->addWidget(row.bar, gridRow, 1);
        m_rowsLayout->addWidget(row.numbers, gridRow, 2);
        m_rows.push_back(row);
        ++gridRow;
    }
    m_rowsLayout->setRowStretch(gridRow, 1);
    m_legend->setVisible(!rows.empty());

    QString runnerUp;
    if (report.runnerUp) {
        const ms::RunnerUpChange& change = *report.runnerUp;
        const QString name = alternativeName(catalog, change.alternativeIndex);
        const QString criterion = change.criterionIndex < catalog.criteria.size()
            ? qs(catalog.criteria[change.criterionIndex].label.get(catalogLanguage()))
            : QString();
        const QString top = report.topThree.empty() ? QString() : alternativeName(catalog, report.topThree.front());
        if (change.change <= 1e-12) {
            runnerUp = tr("%1, the runner-up, already ties with %2 for first.").arg(name, top);
        } else {
            // At the new weight the two tie; beyond it the runner-up leads.
            runnerUp = (change.newWeight > change.weight
                    ? tr("%1, the runner-up, catches up with %2 when the weight of %3 rises from %4 % to %5 %")
                    : tr("%1, the runner-up, catches up with %2 when the weight of %3 falls from %4 % to %5 %"))
                           .arg(name, top, criterion, percent(change.weight), percent(change.newWeight));
            runnerUp += QLatin1Char(' ')
                + (change.equalSpread ? tr("(the other criteria sharing the rest equally).")
                                      : tr("(the other weights changing in proportion)."));
        }
    } else if (report.topThree.size() >= 2 && report.method == ms::Method::WeightedSum) {
        runnerUp = tr("No change of a single weight makes %1, the runner-up, the top choice.")
                       .arg(alternativeName(catalog, report.topThree[1]));
    }
    m_runnerUp->setText(runnerUp);
    m_runnerUp->setVisible(!runnerUp.isEmpty());

    m_note->setText(qs(report.note));
    m_note->setVisible(!report.note.empty());

    fillWinChart(catalog, report);
}

void SensitivityView::fillWinChart(const ms::Catalog& catalog, const ms::SensitivityReport& report)
{
    m_winCategories.clear();
    m_winPercentages.clear();
    if (report.winProbabilities.empty()) {
        m_winChart->setVisible(false);
        return;
    }
    std::vector<ms::WinProbability> sorted = report.winProbabilities;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const ms::WinProbability& a, const ms::WinProbability& b) { return a.probability > b.probability; });
    std::size_t shown = 0;
    while (shown < sorted.size() && shown < static_cast<std::size_t>(MaximumWinBars) && sorted[shown].probability > 0.0)
        ++shown;
    if (shown == 0)
        shown = std::min<std::size_t>(1, sorted.size());

    QStringList names;
    for (std::size_t i = 0; i < shown; ++i) {
        names << alternativeName(catalog, sorted[i].alternativeIndex);
        m_winPercentages.push_back(sorted[i].probability * 100.0);
    }
    m_winCategories = chartutil::uniqueLabels(names);

    auto* set = new QBarSet(chartText(tr("Share of samples won")));
    set->setColor(chartutil::seriesColor(0));
    set->setBorderColor(chartutil::seriesColor(0));
    QStringList axisCategories;
    // Horizontal bars list their categories bottom-up: most likely at the top. The share
    // is part of the category label: bar value labels can fall outside the plot area.
    for (std::size_t i = shown; i-- > 0;) {
        set->append(m_winPercentages[i]);
        axisCategories << chartText(
            tr("%1 · %2 %")
                .arg(m_winCategories[static_cast<qsizetype>(i)], QLocale().toString(m_winPercentages[i], 'f', 1)));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(shown < 4 ? 0.55 : 0.75);

    auto* chart = new QChart;
    chartutil::styleChart(chart);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(axisCategories);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    const double longest = m_winPercentages.empty() ? 0.0 : m_winPercentages.front();
    valueAxis->setRange(0.0, std::min(100.0, std::max(10.0, std::ceil(longest / 10.0) * 10.0)));
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(chartText(tr("% of samples in which it ranks first")));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(false);
    chart->setTitle(chartText(tr("Chance of ranking first with random weights (%1 samples)")
                                  .arg(QLocale().toString(static_cast<qulonglong>(report.samples)))));

    QChart* old = m_winChart->chart();
    m_winChart->setChart(chart);
    delete old;
    m_winChart->setVisible(true);

    const std::size_t hidden = sorted.size() - shown;
    if (hidden > 0) {
        double rest = 0.0;
        for (std::size_t i = shown; i < sorted.size(); ++i)
            rest += sorted[i].probability;
        const QString count = QLocale().toString(static_cast<qulonglong>(hidden));
        if (rest <= 0.0)
            m_winRest->setText(hidden == 1
                    ? tr("The other alternative never ranked first in the samples.")
                    : tr("The other %1 alternatives never ranked first in the samples.").arg(count));
        else
            m_winRest->setText(hidden == 1
                    ? tr("Not shown: 1 more alternative, %1 %.").arg(percent(rest))
                    : tr("Not shown: %1 more alternatives, together %2 %.").arg(count, percent(rest)));
        m_winRest->setVisible(true);
    }
}

} // namespace ms::gui

// SPDX-License-Identifier: MIT
#include "gui/language.h"
#include "gui/views/contributionchart.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include "gui/textutil.h"
#include "gui/views/chartutil.h"

namespace ms::gui {

using chartutil::chartText;

ContributionChart::ContributionChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 300);
    setAccessibleName(tr("Score contributions of the top ten"));
    clear();
}

void ContributionChart::clear()
{
    m_names.clear();
    m_segmentLabels.clear();
    m_axisCategories.clear();
    auto* chart = new QChart;
    chartutil::styleChart(chart);
    chart->setTitle(chartText(tr("No ranking to show")));
    chart->legend()->setVisible(false);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

QStringList ContributionChart::axisCategories() const
{
    QStringList bestFirst = m_axisCategories;
    std::reverse(bestFirst.begin(), bestFirst.end());
    return bestFirst;
}

void ContributionChart::setRanking(const ms::Catalog& catalog, const ms::Ranking& ranking)
{
    if (ranking.rows.empty()) {
        clear();
        return;
    }
    const QLocale locale;
    const std::size_t criteria = std::min(catalog.criteria.size(), ranking.normalisedWeights.size());
    const std::size_t bars = std::min<std::size_t>(ranking.rows.size(), MaximumBars);
    // Under WSM on [0, 1] scales a segment is the criterion's exact share of the score in
    // points; otherwise the weighted normalised values are shown as they are, as a guide.
    const bool points = chartutil::scoresInPoints(ranking);
    const bool exact = ranking.method == ms::Method::WeightedSum;
    const double scale = points ? 100.0 : 1.0;
    m_inPoints = points;

    // Weighted criteria, heaviest first (catalog order among equals).
    std::vector<std::size_t> weighted;
    for (std::size_t j = 0; j < criteria; ++j) {
        if (ranking.normalisedWeights[j] > 0.0)
            weighted.push_back(j);
    }
    std::stable_sort(weighted.begin(), weighted.end(), [&ranking](std::size_t a, std::size_t b) {
        return ranking.normalisedWeights[a] > ranking.normalisedWeights[b];
    });

    QStringList names;
    for (std::size_t r = 0; r < bars; ++r) {
        const ms::RankedAlternative& row = ranking.rows[r];
        const QString name = row.alternativeIndex < catalog.alternatives.size()
            ? qs(catalog.alternatives[row.alternativeIndex].name)
            : QString();
        names << tr("%1. %2").arg(locale.toString(row.rank), name);
    }
    m_names = chartutil::uniqueLabels(names);

    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    m_segmentLabels.clear();
    for (std::size_t j : weighted) {
        const QString label = qs(catalog.criteria[j].label.get(catalogLanguage()));
        m_segmentLabels << label;
        auto* set = new QBarSet(chartText(label));
        const QColor color = chartutil::seriesColor(j);
        set->setColor(color);
        set->setBorderColor(Qt::white);
        // Horizontal bars list their categories bottom-up: add the tenth first.
        for (std::size_t r = bars; r-- > 0;) {
            const ms::RankedAlternative& row = ranking.rows[r];
            const double value = j < row.contributions.size() ? row.contributions[j].contribution * scale : 0.0;
            set->append(value);
        }
        series->append(set);
    }
    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this, series](bool status, int index, QBarSet* set) {
        showHoverText(status, index, static_cast<int>(series->barSets().indexOf(set)), set);
    });

    m_axisCategories.clear();
    for (qsizetype i = m_names.size(); i-- > 0;)
        m_axisCategories << chartText(m_names[i]);

    auto* chart = new QChart;
    chartutil::styleChart(chart);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_axisCategories);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    if (points) {
        valueAxis->setRange(0.0, 100.0);
        valueAxis->setTickCount(11);
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        valueAxis->setTitleText(chartText(tr("Score points (out of 100)")));
    } else {
        valueAxis->setTitleText(chartText(tr("Weighted normalised value")));
    }
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    if (!points)
        valueAxis->applyNiceNumbers();

    const QString top = locale.toString(static_cast<int>(bars));
    chart->setTitle(chartText(exact ? tr("What makes up each score (top %1)").arg(top)
                                    : tr("Weighted values per criterion, top %1 (%2: a guide, not an exact split)")
                                          .arg(top, qs(describeInUi(ranking.method)))));
    chart->legend()->setVisible(!weighted.empty());
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);

    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void ContributionChart::showHoverText(bool status, int index, int setIndex, QBarSet* set)
{
    if (!status || set == nullptr || index < 0) {
        QToolTip::hideText();
        return;
    }
    const qsizetype nameIndex = m_names.size() - 1 - index;
    if (setIndex < 0 || setIndex >= m_segmentLabels.size() || nameIndex < 0 || nameIndex >= m_names.size())
        return;
    const QString value = m_inPoints ? tr("%1 points").arg(QLocale().toString(set->at(index), 'f', 1))
                                     : QLocale().toString(set->at(index), 'g', 4);
    const QString text = tr("%1\n%2: %3").arg(m_names[nameIndex], m_segmentLabels[setIndex], value);
    QToolTip::showText(QCursor::pos(), plainToolTip(text), this);
}

} // namespace ms::gui

// SPDX-License-Identifier: MIT
#include "gui/language.h"
#include "gui/views/radarchart.h"

#include <algorithm>

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QPolarChart>
#include <QValueAxis>

#include "gui/textutil.h"
#include "gui/views/chartutil.h"

namespace ms::gui {

using chartutil::chartText;

RadarChart::RadarChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 300);
    setAccessibleName(tr("Normalised values of the compared alternatives"));
    clear();
}

void RadarChart::clear()
{
    m_seriesNames.clear();
    m_spokeLabels.clear();
    m_values.clear();
    auto* chart = new QPolarChart;
    chartutil::styleChart(chart);
    chart->setTitle(chartText(tr("Pick two to four alternatives to compare")));
    chart->legend()->setVisible(false);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

double RadarChart::value(int series, int spoke) const
{
    if (series < 0 || static_cast<std::size_t>(series) >= m_values.size())
        return -1.0;
    const auto& values = m_values[static_cast<std::size_t>(series)];
    if (spoke < 0 || static_cast<std::size_t>(spoke) >= values.size())
        return -1.0;
    return values[static_cast<std::size_t>(spoke)];
}

void RadarChart::setAlternatives(
    const ms::Catalog& catalog, const ms::Ranking& ranking, const std::vector<std::size_t>& alternativeIndices)
{
    std::vector<const ms::RankedAlternative*> rows;
    for (std::size_t index : alternativeIndices) {
        if (rows.size() == MaximumAlternatives)
            break;
        const auto it = std::find_if(ranking.rows.begin(), ranking.rows.end(),
            [index](const ms::RankedAlternative& r) { return r.alternativeIndex == index; });
        if (it != ranking.rows.end() && index < catalog.alternatives.size())
            rows.push_back(&*it);
    }
    std::vector<std::size_t> spokes;
    for (std::size_t j = 0; j < catalog.criteria.size() && j < ranking.normalisedWeights.size(); ++j) {
        if (ranking.normalisedWeights[j] > 0.0)
            spokes.push_back(j);
    }
    if (rows.empty() || spokes.empty()) {
        clear();
        return;
    }

    m_spokeLabels.clear();
    for (std::size_t j : spokes)
        m_spokeLabels << qs(catalog.criteria[j].label.get(catalogLanguage()));
    m_spokeLabels = chartutil::uniqueLabels(m_spokeLabels);

    auto* chart = new QPolarChart;
    chartutil::styleChart(chart);

    // Spoke k sits at angle value k on [0, n]; n is the same direction as 0, which
    // closes each polygon. Category k spans [k - 1, k] with its label on its end value.
    const auto n = static_cast<qreal>(spokes.size());
    auto* angular = new QCategoryAxis;
    angular->setRange(0.0, n);
    angular->setStartValue(-1.0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype k = 0; k < m_spokeLabels.size(); ++k)
        angular->append(chartText(m_spokeLabels[k]), static_cast<qreal>(k));
    angular->setShadesVisible(false);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto* radial = new QValueAxis;
    radial->setRange(0.0, 1.0);
    // Rings at 0.25 steps; no numbers on them: they would sit on the first spoke's lines.
    radial->setTickCount(5);
    radial->setLabelsVisible(false);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    m_seriesNames.clear();
    m_values.clear();
    QStringList names;
    for (const ms::RankedAlternative* row : rows)
        names << qs(catalog.alternatives[row->alternativeIndex].name);
    names = chartutil::uniqueLabels(names);
    for (std::size_t s = 0; s < rows.size(); ++s) {
        const ms::RankedAlternative& row = *rows[s];
        auto* series = new QLineSeries;
        series->setName(chartText(names[static_cast<qsizetype>(s)]));
        // Wider lines first, so that a line drawn over another one leaves it visible.
        QPen pen(chartutil::seriesColor(s));
        pen.setWidthF(3.5 - 0.6 * static_cast<double>(s));
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(4.0);
        std::vector<double> values;
        for (std::size_t k = 0; k < spokes.size(); ++k) {
            const std::size_t j = spokes[k];
            const double u = j < row.contributions.size() ? std::clamp(row.contributions[j].utility, 0.0, 1.0) : 0.0;
            values.push_back(u);
            series->append(static_cast<qreal>(k), u);
        }
        series->append(n, values.front());
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
        m_values.push_back(std::move(values));
        m_seriesNames << names[static_cast<qsizetype>(s)];
    }

    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(chartText(tr("Normalised values: centre 0 (worst), rim 1 (best)")));

    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace ms::gui

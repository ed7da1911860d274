// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

#include <QChartView>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

namespace ms::gui {

/** A radar (polar) chart comparing up to four alternatives on the normalised values
 *  (utility 0..1, under the ranking's missing-fact policy) of the weighted criteria:
 *  one closed line per alternative, one spoke per criterion in catalog order.
 *  Everything shown is copied: the catalog and ranking may go away afterwards.
 *  Catalog text is shown literally (case C19). */
class RadarChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr std::size_t MaximumAlternatives = 4;

    explicit RadarChart(QWidget* parent = nullptr);

    /** Shows the alternatives `alternativeIndices` (indices into Catalog::alternatives,
     *  at most MaximumAlternatives are used; unranked ones are skipped). */
    void setAlternatives(const ms::Catalog& catalog, const ms::Ranking& ranking,
                         const std::vector<std::size_t>& alternativeIndices);
    void clear();

    /** The alternatives drawn (plain text), in series order. */
    [[nodiscard]] QStringList seriesNames() const { return m_seriesNames; }
    /** The spokes' criterion labels (plain text). */
    [[nodiscard]] QStringList spokeLabels() const { return m_spokeLabels; }
    /** The utility plotted for series `series` on spoke `spoke`, or -1. */
    [[nodiscard]] double value(int series, int spoke) const;

private:
    QStringList m_seriesNames;
    QStringList m_spokeLabels;
    std::vector<std::vector<double>> m_values;
};

} // namespace ms::gui

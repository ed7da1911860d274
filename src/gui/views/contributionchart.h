// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QString>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

class QBarSet;

namespace ms::gui {

/** "What makes up each score": stacked horizontal bars for the top ten of a `Ranking`,
 *  best at the top. One bar per alternative, one segment per criterion with a weight
 *  above 0 (most heavily weighted first, so the segments line up from bar to bar); a
 *  segment is the criterion's contribution in score points (weight × utility × 100),
 *  so a bar is as long as the score. The legend names the criteria. For scores without
 *  a 0–100 scale (WSM/WPM on raw or vector-normalised values) the weighted normalised
 *  values are drawn as they are, and for WPM and TOPSIS the title says they are a guide.
 *
 *  Everything shown is copied at `setRanking`: the catalog and ranking may go away
 *  afterwards. Catalog text is shown literally (case C19). */
class ContributionChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int MaximumBars = 10;

    explicit ContributionChart(QWidget* parent = nullptr);

    /** Shows the first `MaximumBars` rows of `ranking`, which must come from `catalog`. */
    void setRanking(const ms::Catalog& catalog, const ms::Ranking& ranking);
    /** Shows an empty chart with a short note. */
    void clear();

    /** Bars shown (alternatives), 0..MaximumBars. */
    [[nodiscard]] int barCount() const { return static_cast<int>(m_names.size()); }
    /** The alternatives' names as shown on the category axis, best first (plain text). */
    [[nodiscard]] QStringList barLabels() const { return m_names; }
    /** The strings given to the category axis, best first (HTML-escaped: Qt Charts
     *  renders them as rich text). */
    [[nodiscard]] QStringList axisCategories() const;
    /** The criteria of the segments, legend order (plain text). */
    [[nodiscard]] QStringList segmentLabels() const { return m_segmentLabels; }

private:
    void showHoverText(bool status, int index, int setIndex, QBarSet* set);

    QStringList m_names;          ///< best first, plain text, unique
    QStringList m_segmentLabels;  ///< plain text
    QStringList m_axisCategories; ///< as given to the axis: worst of the ten first
    bool m_inPoints = true;       ///< segments in score points (0..100), else raw weighted values
};

} // namespace ms::gui

// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

#include <QString>
#include <QWidget>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace ms::gui {

class CompareModel;
class RadarChart;

/** "Why A ranks above B", in words, from `ms::whyAbove`: the score gap, the criteria on
 *  which `above` gains points (largest first, with both facts) and those on which `below`
 *  leads. Example: "Alpha ranks above Bravo by 15.0 points: it is better on Voice (yes vs
 *  no, +25.0) and Price (2 USD/month vs 8 USD/month, +15.0); Bravo leads on Free quota
 *  (100 messages/month vs 50 messages/month, +25.0)." Numbers are score points (out of
 *  100, `inPoints`) or raw score units (4 significant digits, no "points") in QLocale();
 *  at most four criteria are named per side, the rest summed up. For WPM and TOPSIS a
 *  last sentence says the differences are a guide. Plain text: catalog text is never
 *  interpreted (case C19). */
[[nodiscard]] QString explainPair(const ms::Catalog& catalog, const ms::RankedAlternative& above,
                                  const ms::RankedAlternative& below, ms::Method method = ms::Method::WeightedSum,
                                  bool inPoints = true);

/** 2–4 alternatives side by side: their facts per criterion (best value per row marked),
 *  a radar chart of their normalised values, and why each ranks above the next, in words.
 *  The view copies what it shows: the catalog and ranking may go away afterwards. */
class CompareView : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::size_t MaximumAlternatives = 4;

    explicit CompareView(QWidget* parent = nullptr);

    /** Shows the alternatives `alternativeIndices` (indices into Catalog::alternatives;
     *  duplicates dropped, at most four) ordered by rank, best first; unranked ones last.
     *  `ranking` must come from `catalog`. */
    void setSelection(const ms::Catalog& catalog, const ms::Ranking& ranking,
                      std::vector<std::size_t> alternativeIndices);
    void clear();

    /** The "why A ranks above B" text, one paragraph per neighbouring pair. */
    [[nodiscard]] QString explanationText() const;
    /** The side-by-side table's model (a CompareModel). */
    [[nodiscard]] QAbstractItemModel* model() const;
    [[nodiscard]] QTableView* tableView() const { return m_table; }
    [[nodiscard]] RadarChart* radarChart() const { return m_radar; }
    /** The alternatives shown, in column order (catalog indices). */
    [[nodiscard]] const std::vector<std::size_t>& shownAlternatives() const { return m_shown; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitTableHeight();

    CompareModel* m_model = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    RadarChart* m_radar = nullptr;
    QLabel* m_explanationHeading = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    std::vector<std::size_t> m_shown;
};

} // namespace ms::gui

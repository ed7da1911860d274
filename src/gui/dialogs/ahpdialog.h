// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDialog>
#include <QString>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/decision/elicitation.h"
#include "core/scenario/scenario.h"

class QComboBox;

namespace Ui {
class AhpDialog;
}

namespace ms::gui {

/** "Weights by pairs": the analytic hierarchy process. For the compared criteria (those
 *  weighted in `current`, the ten heaviest when there are more, or the first ten of the
 *  catalog when fewer than two are weighted) one QComboBox per pair i < j on Saaty's
 *  scale, from "◀ extremely more important (9)" through "equally important (1)" to
 *  "extremely more important (9) ▶". The weights (`ms::analyticHierarchyProcess`) and
 *  the consistency ratio update live; a ratio above 0.10 shows a warning that names the
 *  most inconsistent pair by label. The first judgements follow the current weights'
 *  ratios, rounded to the scale. Criterion labels are plain text (C19). */
class AhpDialog : public QDialog
{
    Q_OBJECT

public:
    /** The most criteria the random-index tables (and so the dialog) can take. */
    static constexpr int MaximumCriteria = 10;

    explicit AhpDialog(const ms::Catalog& catalog, const ms::Weights& current, QWidget* parent = nullptr);
    ~AhpDialog() override;

    /** The AHP weight of each compared criterion (sum 1) and 0 for every other criterion
     *  of the catalog; empty when there are fewer than two criteria to compare. */
    [[nodiscard]] ms::Weights weights() const;
    /** The last AHP result, or nullopt. */
    [[nodiscard]] const std::optional<ms::AhpResult>& result() const { return m_result; }

    /** The compared criteria's ids, in matrix order. */
    [[nodiscard]] QStringList criterionIds() const;
    /** The combo box of pair (i, j), i < j, in matrix order; nullptr otherwise. */
    [[nodiscard]] QComboBox* comparisonBox(int i, int j) const;
    /** Sets a_ij on Saaty's scale: `value` is 1..9 (i more important) or 1/9..1 (j more
     *  important), rounded to the nearest scale point. Returns false for a bad pair. */
    bool setComparison(int i, int j, double value);
    /** a_ij as the matrix holds it. */
    [[nodiscard]] double comparison(int i, int j) const;

    /** "Consistency ratio: 0.05 (consistent enough: at most 0.10)". */
    [[nodiscard]] QString consistencyText() const;
    /** The warning shown when the ratio is above 0.10; empty otherwise. */
    [[nodiscard]] QString warningText() const;

private:
    struct CriterionInfo {
        QString id;
        QString label;
    };

    void buildGrid();
    void refresh();
    [[nodiscard]] std::vector<std::vector<double>> matrix() const;

    std::unique_ptr<Ui::AhpDialog> m_ui;
    std::vector<QString> m_allIds;        ///< every criterion of the catalog
    std::vector<CriterionInfo> m_compared;///< matrix order
    std::vector<std::vector<QComboBox*>> m_boxes; ///< [i][j] for i < j
    std::optional<ms::AhpResult> m_result;
    ms::Weights m_weights;
};

} // namespace ms::gui

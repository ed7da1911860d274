// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QDialog>
#include <QString>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/scenario/scenario.h"

class QListWidget;
class QListWidgetItem;

namespace Ui {
class RocWeightsDialog;
}

namespace ms::gui {

/** "Weights by ranking": the user puts the criteria in order of importance (drag and
 *  drop, Move Up/Down buttons, Alt+Up/Alt+Down), ticks a criterion to tie it with the
 *  one above (tied criteria share their positions, competition ranking 1, 2, 2, 4) and
 *  may leave criteria out (weight 0). A live preview shows the rank-order-centroid
 *  weights that `ms::rankOrderCentroidWeights` computes; `weights()` returns them.
 *
 *  The first order: criteria with a weight in `current`, heaviest first, equal weights
 *  tied; criteria weighted 0 start left out (all criteria when every weight is 0).
 *  Criterion labels are shown as plain text (C19). The dialog copies what it needs. */
class RocWeightsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RocWeightsDialog(const ms::Catalog& catalog, const ms::Weights& current, QWidget* parent = nullptr);
    ~RocWeightsDialog() override;

    /** The ROC weight of every criterion of the catalog (sum 1; 0 for those left out),
     *  or empty when no criterion is ranked. */
    [[nodiscard]] ms::Weights weights() const;

    /** The ranked criteria's ids, most important first. */
    [[nodiscard]] QStringList order() const;
    /** The competition-ranking positions of the ranked criteria (1, 2, 2, 4), in order(). */
    [[nodiscard]] std::vector<int> positions() const;
    /** Orders the ranked list by `ids` (others left out) and ties each id in `tiedWithAbove`
     *  to the one above it. Unknown ids are ignored. */
    void setOrder(const QStringList& ids, const QStringList& tiedWithAbove = {});

    /** Moves the current ranked criterion by `delta` places (−1 up, +1 down). */
    void moveCurrent(int delta);

    [[nodiscard]] QListWidget* rankedList() const;
    [[nodiscard]] QListWidget* leftOutList() const;
    /** The preview's text, one "position. label weight %" per line. */
    [[nodiscard]] QString previewText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct CriterionInfo {
        QString id;
        QString label;
        QString description;
    };

    QListWidgetItem* makeItem(const CriterionInfo& info) const;
    void leaveOutCurrent();
    void includeCurrent();
    void scheduleRefresh();
    void refresh();

    std::unique_ptr<Ui::RocWeightsDialog> m_ui;
    std::vector<CriterionInfo> m_criteria; ///< catalog order
    ms::Weights m_weights;                 ///< the preview's result
    bool m_refreshing = false;
    bool m_refreshPending = false;
};

} // namespace ms::gui

// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

#include <QDialog>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

class QComboBox;
class QTabWidget;

namespace ms::gui {

class CompareView;
class ContributionChart;

/** A non-modal window around CompareView (with up to four pickers for the alternatives)
 *  and ContributionChart (the top ten's score breakdown). It keeps its own copy of the
 *  catalog and ranking, so the main window may replace its own at any time; call
 *  `setRanking` whenever the ranking changes. */
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget* parent = nullptr);

    /** Shows `ranking` of `catalog` (nullptr: nothing), keeping the picked alternatives
     *  that the catalog still has. */
    void setRanking(const ms::Catalog* catalog, const ms::Ranking* ranking);
    /** Picks the alternatives with ids `alternativeIds` (at most four, in this order). */
    void setSelectedIds(const QStringList& alternativeIds);
    /** The picked alternatives' ids, empty pickers skipped. */
    [[nodiscard]] QStringList selectedIds() const;

    [[nodiscard]] CompareView* compareView() const { return m_view; }
    [[nodiscard]] ContributionChart* contributionChart() const { return m_chart; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    void fillPickers();
    void updateView();

    ms::Catalog m_catalog;
    ms::Ranking m_ranking;
    bool m_hasRanking = false;
    QStringList m_selectedIds;
    std::vector<QComboBox*> m_pickers;
    QTabWidget* m_tabs = nullptr;
    CompareView* m_view = nullptr;
    ContributionChart* m_chart = nullptr;
    bool m_filling = false;
};

} // namespace ms::gui

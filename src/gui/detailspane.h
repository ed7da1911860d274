// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <QWidget>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace ms::gui {

class ScoreBarDelegate;

/** The right-hand pane: what one alternative is and why it ranks where it does.
 *
 *  Shows the name, kind, vendor, homepage (a link only for http/https URLs), summary,
 *  rank and score, the per-criterion contributions of the current ranking, the
 *  criterion facts with their sources and dates, and the other details. Every piece of
 *  catalog text is shown as plain text (case C19). Nothing here computes a score. */
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget* parent = nullptr);

    /** Shows alternative `alternativeIndex` of `catalog`; `ranked` is its row of the
     *  current ranking (nullptr when there is none); `rankedCount` the number ranked. */
    void showAlternative(const ms::Catalog& catalog, std::size_t alternativeIndex,
                         const ms::RankedAlternative* ranked, std::size_t rankedCount);
    /** Shows the "select an alternative" placeholder. */
    void clear();

    /** The label that shows the alternative's name (plain text). */
    [[nodiscard]] QLabel* nameLabel() const { return m_nameLabel; }
    /** The label that shows the homepage (rich text only for an escaped http/https link). */
    [[nodiscard]] QLabel* homepageLabel() const { return m_homepageLabel; }

private:
    void fillContributions(const ms::Catalog& catalog, const ms::RankedAlternative* ranked);
    void fillFacts(const ms::Catalog& catalog, const ms::Alternative& alternative);
    void fillDetails(const ms::Catalog& catalog, const ms::Alternative& alternative);
    void setHomepage(const QString& url);

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QLabel* m_homepageLabel = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_explanationLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_contributionsTable = nullptr;
    QTableWidget* m_factsTable = nullptr;
    QTableWidget* m_detailsTable = nullptr;
    ScoreBarDelegate* m_pointsDelegate = nullptr;
};

} // namespace ms::gui

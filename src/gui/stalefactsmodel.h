// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/catalog/catalog.h"
#include "core/catalog/staleness.h"

namespace ms::gui {

/** The stale facts of a catalog (ms::staleFacts), one row each: alternative, fact
 *  (criterion or detail label), as-of date (QLocale), age in months, layer. Read-only;
 *  every cell's text is plain catalog text. `AlternativeIdRole` gives the alternative's
 *  id, `FactKeyRole` the criterion id or detail key, `IsDetailRole` whether it is a
 *  detail. Holds a copy of what it shows, so the catalog may change afterwards. */
class StaleFactsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AlternativeColumn, FactColumn, AsOfColumn, AgeColumn, LayerColumn, ColumnCount };
    enum Role { AlternativeIdRole = Qt::UserRole + 1, FactKeyRole, IsDetailRole, MonthsRole };

    explicit StaleFactsModel(QObject* parent = nullptr);

    /** Shows `stale` (facts of `catalog`, as ms::staleFacts returns them). */
    void setStaleFacts(const ms::Catalog& catalog, const std::vector<ms::StaleFact>& stale, int thresholdMonths);

    [[nodiscard]] int thresholdMonths() const { return m_threshold; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString alternativeId;
        QString alternative;
        QString key;
        QString fact;
        bool detail = false;
        QString asOf; ///< as written
        QString asOfShown; ///< in the locale
        int months = 0;
        QString layer;
        QString layerTip;
    };
    std::vector<Row> m_rows;
    int m_threshold = 12;
};

} // namespace ms::gui
